import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleReporter } from '../../src/cli/console-log.js';
import { createRedactor } from '../../src/redaction/redactor.js';

describe('consoleReporter', () => {
  const written: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    written.length = 0;
  });
  const capture = () => vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string) => written.push(chunk) > 0) as never);

  it('prints every kind of line terminal-safe and redacted, with secrets learnt after it was made', () => {
    capture();
    const redactor = createRedactor();
    const reporter = consoleReporter({ quiet: false, verbose: true }, redactor);
    redactor.add('learnt-later-token-0001');
    reporter.line('a \x1b[2J\x1b[31mline\x1b[0m learnt-later-token-0001');
    reporter.error('an error: Authorization: Bearer abc-0123456789 \u202Eevil');
    reporter.tenantLog('contoso').info('info \x1b]0;title\x07learnt-\x1b[0mlater-token-0001');
    reporter.tenantLog('contoso').warn('warn https://u:pw-0001@h.example/');
    expect(written).toEqual([
      'a line [redacted]\n',
      'an error: Authorization: Bearer [redacted] evil\n',
      '[contoso] info [redacted]\n',
      '[contoso] warning: warn https://***@h.example/\n',
    ]);
  });
});
