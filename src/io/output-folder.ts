import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../core/errors.js';

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** Folders between `dir` and a file below it ("a/b/c.json" → "a", "a/b"). */
function foldersOf(file: string): string[] {
  const parts = dirname(file).split(sep).filter((part) => part && part !== '.');
  return parts.map((_, index) => parts.slice(0, index + 1).join(sep));
}

/**
 * Makes sure an output folder can take the files a run will write there, before the run reads any
 * tenant: otherwise a whole audit runs and then cannot save anything. Refuses a file where the
 * folder or one of its subfolders should be (or a folder where an output file should be), and
 * proves the folder writable, or creatable in its nearest existing parent, with a probe it removes:
 * a refused run leaves nothing behind.
 */
export async function prepareOutputFolder(dir: string, option: string, files: readonly string[] = []): Promise<void> {
  const full = resolve(dir);
  const refuse = (why: string) => new ConfigError(`${option} ${dir}: ${why}`, undefined, option);
  let existing = full;
  while ((await kindOf(existing)) === undefined && dirname(existing) !== existing) existing = dirname(existing);
  const kind = await kindOf(existing);
  if (kind === 'file') throw refuse(existing === full ? 'is an existing file; give a folder for the outputs' : 'part of that path is a file, not a folder');
  for (const file of existing === full ? files : []) {
    for (const folder of foldersOf(file)) {
      if ((await kindOf(join(full, folder))) === 'file') throw refuse(`${folder} in it is a file where a folder must go`);
    }
    if ((await kindOf(join(full, file))) === 'folder') throw refuse(`${relative(full, join(full, file))} in it is a folder where a file must go`);
  }
  const probe = join(existing, `.tenant-audit-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    if (existing === full) await writeFile(probe, '');
    else await mkdir(probe);
  } catch (error) {
    throw refuse(`cannot be ${existing === full ? 'written' : 'created'} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    await rm(probe, { force: true, recursive: true });
  }
}
