import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** What a run of many tenants aims to stay near, all threads together, unless told otherwise (--memory-target). */
export const DEFAULT_MEMORY_TARGET_MB = 400;

/** Below this a thread's heap is never collected early: a smaller share would collect at every tenant. */
const MIN_SHARE_MB = 64;

/**
 * Left after a collection, above this part of the share the live data is close to it: the next early
 * collection then waits for the heap to grow by LIVE_GROWTH of what was left, so a live set near or over the
 * share is collected in proportion to its size, not at every tenant (each full collection costs in proportion to it).
 */
const NEAR_SHARE = 0.75;
const LIVE_GROWTH = 1.5;

/**
 * Of the target, what the threads' heaps share. The rest is what a thread holds outside its old space
 * (code, the young generation, buffers: ~100 MB for the one thread of an in-process run), and the pages
 * V8 keeps committed above what is used: on the farm a process's RSS ran ~100 MB above its heap total.
 * At 45 % three of fifteen default 1,000-tenant runs peaked over the 400 MB target (412–419 MB).
 */
const HEAP_PART = 0.42;

type Collect = () => unknown;

/**
 * V8's full collection, from a context made after `--expose-gc` is set: the way jest's leak detector
 * reaches it without a command-line flag (setting the flag late only exposes the function). Asked to run
 * asynchronously, it marks concurrently as V8's own collections do, instead of stopping the thread for
 * the whole of it (measured on the farm: the synchronous one cost a quarter more CPU).
 */
function exposedGc(): Collect {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: { type: 'major'; execution: 'async' }) => Promise<void>;
  return () => gc({ type: 'major', execution: 'async' });
}

/**
 * Keeps one thread's heap near what it really holds. V8 lets a heap that allocates fast grow to several
 * times its live data before it collects in full: on the farm a run holding ~150 MB per thread peaked at
 * 1.1 GB. Called between units of work (a tenant done, a tenant file read, a part of a report written), it
 * collects once the heap has passed the thread's share. Measured right after an asynchronous collection the heap
 * still holds what was allocated meanwhile, so only a heap left near the share moves the next collection later.
 */
export class HeapGovernor {
  private threshold: number;
  private collecting = false;
  collections = 0;

  constructor(
    private readonly shareBytes: number,
    private readonly collect: Collect = exposedGc(),
    private readonly heapUsed: () => number = () => getHeapStatistics().used_heap_size,
  ) {
    this.threshold = shareBytes;
  }

  check(): void {
    if (this.collecting || this.heapUsed() <= this.threshold) return;
    this.collecting = true;
    this.collections++;
    void Promise.resolve(this.collect()).finally(() => {
      this.collecting = false;
      const left = this.heapUsed();
      this.threshold = left > this.shareBytes * NEAR_SHARE ? Math.max(this.shareBytes, left * LIVE_GROWTH) : this.shareBytes;
    });
  }

  /** Resolves once no collection it started is still running (tests). */
  async settled(): Promise<void> {
    while (this.collecting) await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * One heavy thread's heap share of the run's memory target: the worker threads share it (the main thread
 * of a worker run holds only summaries until the tenants are done), or the main thread alone.
 */
export function heapShareBytes(targetMb: number, heavyThreads: number): number {
  return Math.max(MIN_SHARE_MB, Math.floor((targetMb * HEAP_PART) / Math.max(1, heavyThreads))) * 1024 * 1024;
}
