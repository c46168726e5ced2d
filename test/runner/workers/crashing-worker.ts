import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../../../src/runner/workers/worker-protocol.js';

/*
 * The real tenant worker, except that a tenant whose name starts with "crash" takes the thread down with an
 * uncaught error while the worker's other tenants are in flight.
 */
await import('../../../src/runner/workers/tenant-worker.js');
parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'audit' && message.tenant.name.startsWith('crash')) {
    setTimeout(() => {
      throw new Error(`worker blew up on ${message.tenant.name}`);
    }, 50);
  }
});
