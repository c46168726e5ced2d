import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GeneratedFile {
  name: string;
  path: string;
  current: string;
  expected: string;
}

/**
 * Writes the generated files that differ from what is committed, or with `--check` only reports them
 * (exit 1), so CI and a test can tell a stale file from a fresh one.
 */
export async function writeOrCheck(files: readonly GeneratedFile[], argv: readonly string[], how: { command: string; upToDate: string }): Promise<number> {
  const check = argv.includes('--check');
  const stale = files.filter((file) => file.current !== file.expected);
  if (check) {
    if (stale.length) process.stderr.write(`Out of date: ${stale.map((f) => f.name).join(', ')}. Run: ${how.command}\n`);
    return stale.length ? 1 : 0;
  }
  for (const file of stale) await writeFile(file.path, file.expected);
  process.stdout.write(stale.length ? `Updated ${stale.map((f) => f.name).join(', ')}\n` : `${how.upToDate}\n`);
  return 0;
}

/** Runs a script's main when the file is invoked directly; a thrown error is one line and exit 2. */
export async function runIfInvoked(moduleUrl: string, label: string, main: (argv: readonly string[]) => Promise<number>): Promise<void> {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${label}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
