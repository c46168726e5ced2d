import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export interface InstalledPackage {
  /** A folder outside the source tree whose node_modules holds the package and its runtime dependencies. */
  consumerDir: string;
  packageDir: string;
  /** Files the tarball holds, relative to the package root. */
  files: string[];
  bin: string;
}

interface PackEntry {
  filename: string;
  files: { path: string }[];
}

/**
 * Packs the package the way `npm publish` would (prepack builds dist/) and unpacks it into a temporary
 * node_modules. The runtime dependencies are linked from this checkout's node_modules, as the lockfile
 * lists them without the dev ones: an offline install that needs no registry, and a missing runtime
 * dependency (one kept only in devDependencies) still fails to load.
 */
export async function installTarball(): Promise<InstalledPackage> {
  const consumerDir = await mkdtemp(join(tmpdir(), 'tenant-audit-consumer-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', consumerDir], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
  const [entry] = JSON.parse(stdout.slice(stdout.indexOf('['))) as PackEntry[];
  const packageDir = join(consumerDir, 'node_modules', 'tenant-audit');
  await mkdir(packageDir, { recursive: true });
  await run('tar', ['-xzf', join(consumerDir, entry!.filename), '-C', packageDir, '--strip-components=1']);
  await linkRuntimeDependencies(join(consumerDir, 'node_modules'));
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return { consumerDir, packageDir, files: entry!.files.map((f) => f.path), bin: join(packageDir, manifest.bin['tenant-audit']!) };
}

async function linkRuntimeDependencies(nodeModules: string): Promise<void> {
  const lock = JSON.parse(await readFile(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const topLevel = Object.entries(lock.packages).filter(([path, info]) => path.startsWith('node_modules/') && !path.slice('node_modules/'.length).includes('node_modules/') && !info.dev);
  for (const [path] of topLevel) {
    const target = join(nodeModules, path.slice('node_modules/'.length));
    await mkdir(dirname(target), { recursive: true });
    await symlink(join(REPO_ROOT, path), target, 'dir');
  }
}

/** Runs node in the consumer folder, with none of this checkout's environment. */
export async function runInstalledNode(installed: InstalledPackage, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, args, { cwd: installed.consumerDir, maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH ?? '', HOME: installed.consumerDir } });
}

/** Runs the installed CLI from the consumer folder, as a user's shell would. */
export function runInstalled(installed: InstalledPackage, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return runInstalledNode(installed, [installed.bin, ...args]);
}
