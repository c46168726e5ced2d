import { expect } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { CliRun } from './run-cli.js';

/** A config or usage error: exit 2, nothing on stdout, one line on stderr holding each part, no stack. */
export function expectUsageError(run: CliRun, ...parts: (string | RegExp)[]): string {
  expect(run.code, run.stderr).toBe(EXIT.usage);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  const line = lines[0]!;
  expect(line).toMatch(/^tenant-audit: /);
  expect(line).not.toMatch(/\bat .*:\d+:\d+|Error:|ZodError/);
  for (const part of parts) {
    if (typeof part === 'string') expect(line).toContain(part);
    else expect(line).toMatch(part);
  }
  return line;
}
