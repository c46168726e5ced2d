import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/**
 * The CLI's entry point piped into `head -1`, as a user would: head reads one block and exits, and what the
 * CLI still writes (the JSON is larger than a pipe's buffer) meets a closed pipe.
 */
async function pipedIntoHeadOne(entry: string, args: string): Promise<{ code: number; firstLine: string; stderr: string }> {
  const script = `${JSON.stringify(process.execPath)} --import tsx ${entry} ${args} | head -1`;
  try {
    const { stdout, stderr } = await run('bash', ['-o', 'pipefail', '-c', script], { cwd: ROOT });
    return { code: 0, firstLine: stdout.trim(), stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, firstLine: failed.stdout.trim(), stderr: failed.stderr };
  }
}

describe('a reader that closes stdout early', () => {
  // bin.ts is the installed command; main.ts is what `npm run tenant-audit` runs in a clone.
  it.each([
    ['src/cli/bin.ts', 'checks --format json'],
    ['src/cli/main.ts', 'checks --format json'],
  ])('%s %s | head -1 ends quietly with exit 0', async (entry, args) => {
    const { code, firstLine, stderr } = await pipedIntoHeadOne(entry, args);
    expect(firstLine).toMatch(/^[[{]$/);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
