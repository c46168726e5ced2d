import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding tenant-audit's package.json, found by walking up from this module: the sources run
 * from src/, the build from dist/src/, and the data folders (frameworks/, fixtures/, templates/) sit at the root in both.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'tenant-audit') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('tenant-audit: its package.json was not found above the module');
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
