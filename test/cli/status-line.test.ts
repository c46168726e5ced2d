import { describe, expect, it } from 'vitest';
import { startStatusLine } from '../../src/cli/status-line.js';
import type { Reporter } from '../../src/cli/console-log.js';
import { createRedactor } from '../../src/redaction/redactor.js';

describe('the live status line', () => {
  it('prints each line above the status line and draws the status again, redacted, then clears it', () => {
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text), columns: 80 } as unknown as NodeJS.WriteStream;
    const printed: string[] = [];
    const inner: Reporter = { redactor: createRedactor(['s3cr3t-value-xyz']), line: (m) => printed.push(m), error: (m) => printed.push(`E ${m}`), tenantLog: () => ({ info: () => {}, warn: (m) => printed.push(`W ${m}`) }) };
    const status = startStatusLine(inner, () => '3/9 done · s3cr3t-value-xyz', stream);
    status.reporter.line('tenant a done');
    status.reporter.tenantLog('a').warn('slow');
    status.stop();
    expect(printed).toEqual(['tenant a done', 'W slow']);
    expect(written.join('')).not.toContain('s3cr3t-value-xyz');
    expect(written.filter((w) => w.includes('3/9 done'))).toHaveLength(2);
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });
});
