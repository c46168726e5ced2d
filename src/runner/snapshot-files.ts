import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../core/errors.js';

const SNAPSHOT_SUFFIX = '.snapshot.json';

async function entries(dir: string): Promise<string[]> {
  return readdir(dir).then((names) => names.sort(), () => []);
}

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/**
 * The snapshot files `evaluate -s` names: a file as given; a folder as the snapshots in it. An audit's
 * folder keeps them at tenants/<name>/snapshot.json (runs before that kept snapshots/<name>.snapshot.json,
 * still read when a tenant has no newer one); a collect folder holds <name>.snapshot.json.
 */
export async function snapshotFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const kind = await stat(path).then((s) => (s.isDirectory() ? 'folder' : 'file'), () => 'file');
    if (kind === 'file') {
      files.push(path);
      continue;
    }
    const byTenant = new Map<string, string>();
    for (const name of await entries(join(path, 'tenants'))) {
      const file = join(path, 'tenants', name, 'snapshot.json');
      if (await isFile(file)) byTenant.set(name, file);
    }
    for (const folder of [join(path, 'snapshots'), path]) {
      for (const name of await entries(folder)) {
        const tenant = name.endsWith(SNAPSHOT_SUFFIX) ? name.slice(0, -SNAPSHOT_SUFFIX.length) : '';
        if (tenant && !byTenant.has(tenant) && (await isFile(join(folder, name)))) byTenant.set(tenant, join(folder, name));
      }
    }
    if (byTenant.size === 0) throw new ConfigError(`--snapshot ${path}: no snapshot in this folder (looked for tenants/<name>/snapshot.json, snapshots/<name>${SNAPSHOT_SUFFIX} and <name>${SNAPSHOT_SUFFIX})`, path, '--snapshot');
    files.push(...byTenant.values());
  }
  return files;
}
