import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { GraphDoubleOptions, TenantRequestStats } from './graph-double.js';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Node with tsx's loader, so a child can run a .ts file the way `npm run bench` runs this one. */
export function tsNode(script: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], { cwd: BENCH_DIR, stdio: 'pipe' });
}

/** Reads the child's stdout one line at a time, each wait bounded. */
export function lineReader(child: ChildProcessWithoutNullStreams): { next: (timeoutMs: number) => Promise<string>; rl: Interface } {
  const rl = createInterface({ input: child.stdout });
  const queued: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  rl.on('line', (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else queued.push(line);
  });
  return {
    rl,
    next: (timeoutMs) =>
      new Promise<string>((resolve, reject) => {
        const line = queued.shift();
        if (line !== undefined) return resolve(line);
        const timer = setTimeout(() => reject(new Error(`child process gave no answer within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((l) => {
          clearTimeout(timer);
          resolve(l);
        });
      }),
  };
}

export interface GraphDoubleProcess {
  ports: number[];
  stats(): Promise<{ stats: TenantRequestStats[]; rss: number }>;
  close(): Promise<void>;
}

/** Starts the Graph double in a child process on loopback ports, one per tenant. */
export async function spawnGraphDouble(options: GraphDoubleOptions): Promise<GraphDoubleProcess> {
  const child = tsNode('graph-double-process.ts', [JSON.stringify(options)]);
  child.stderr.pipe(process.stderr);
  const lines = lineReader(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ports: number[];
  try {
    ports = (JSON.parse(await lines.next(30_000)) as { ports: number[] }).ports;
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    ports,
    async stats() {
      child.stdin.write('stats\n');
      return JSON.parse(await lines.next(10_000)) as { stats: TenantRequestStats[]; rss: number };
    },
    async close() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill(), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
