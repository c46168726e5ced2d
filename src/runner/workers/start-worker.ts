import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The worker entry beside this module: tenant-worker.js in the installed package, tenant-worker.ts in a clone run through tsx. */
export const TENANT_WORKER = new URL(`./tenant-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** tsx's ESM API, found the way `import 'tsx/esm/api'` would find it from this package. */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/**
 * Starts a worker thread on `entry`. A TypeScript entry (the CLI run from the sources under tsx) gets
 * tsx registered in the worker first: on Node 20 a worker inherits neither the main thread's loader hooks
 * nor those of an `--import tsx` in its execArgv, so a small bootstrap registers them before importing it.
 */
export function startWorker(entry: URL, options: WorkerOptions): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
