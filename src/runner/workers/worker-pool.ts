import type { Worker } from 'node:worker_threads';
import type { CollectLog } from '../../core/connector.js';
import type { TenantConfig } from '../../config/load-config.js';
import type { FromWorker, TenantSummary, ToWorker } from './worker-protocol.js';

/** What a tenant handed to a worker came to. */
export type WorkerOutcome = { kind: 'done'; summary: TenantSummary } | { kind: 'interrupted' } | { kind: 'crashed'; reason: string };

/** Where a tenant's progress goes while a worker audits it. */
export interface TenantListener {
  log: CollectLog;
  retryWait?: (waitMs: number, throttled: boolean) => void;
}

interface Pending {
  listener: TenantListener;
  resolve: (outcome: WorkerOutcome) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  inFlight: Map<number, Pending>;
  error?: Error;
}

/**
 * Up to `size` worker threads, each auditing many tenants at once; a tenant goes to the worker with the
 * fewest in flight. A worker that crashes or exits fails only the tenants it held (with the reason) and
 * is replaced by a fresh one at the next tenant. How many tenants run at all is the caller's budget.
 */
export class TenantWorkerPool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 0;
  private aborted = false;
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly spawn: () => Worker,
  ) {}

  run(tenant: TenantConfig, listener: TenantListener): Promise<WorkerOutcome> {
    const target = this.workers.length < this.size ? this.add() : this.workers.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const id = this.nextId++;
    return new Promise<WorkerOutcome>((resolve, reject) => {
      target.inFlight.set(id, { listener, resolve, reject });
      target.worker.postMessage({ type: 'audit', id, tenant } satisfies ToWorker);
    });
  }

  /** The run is interrupted: every worker cuts its tenants short (they come back `interrupted`). */
  abort(): void {
    this.aborted = true;
    for (const { worker } of this.workers) worker.postMessage({ type: 'abort' } satisfies ToWorker);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private add(): PoolWorker {
    const entry: PoolWorker = { worker: this.spawn(), inFlight: new Map() };
    this.workers.push(entry);
    entry.worker.on('message', (message: FromWorker) => this.receive(entry, message));
    entry.worker.on('error', (error) => (entry.error ??= error));
    entry.worker.on('exit', (code) => this.lost(entry, code));
    if (this.aborted) entry.worker.postMessage({ type: 'abort' } satisfies ToWorker);
    return entry;
  }

  private receive(entry: PoolWorker, message: FromWorker): void {
    const pending = entry.inFlight.get(message.id);
    if (!pending) return;
    if (message.type === 'log') return pending.listener.log[message.level](message.message);
    if (message.type === 'retry-wait') return pending.listener.retryWait?.(message.waitMs, message.throttled);
    entry.inFlight.delete(message.id);
    if (message.type === 'done') pending.resolve({ kind: 'done', summary: message.summary });
    else if (message.type === 'interrupted') pending.resolve({ kind: 'interrupted' });
    else pending.reject(new Error(message.message));
  }

  private lost(entry: PoolWorker, code: number): void {
    this.workers.splice(this.workers.indexOf(entry), 1);
    if (this.closing && entry.inFlight.size === 0) return;
    const why = entry.error ? `${entry.error.name}: ${entry.error.message.split('\n')[0]}` : `exit code ${code}`;
    for (const pending of entry.inFlight.values()) pending.resolve({ kind: 'crashed', reason: `the worker thread auditing it stopped (${why})` });
    entry.inFlight.clear();
  }
}
