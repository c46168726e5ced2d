import { parentPort, workerData } from 'node:worker_threads';
import { catalogTexts, loadCatalog } from '../../core/catalog.js';
import { defaultSleep } from '../../core/connector.js';
import { writeTenantResult, writeTenantSnapshot } from '../../output/tenant-files.js';
import { createRedactor } from '../../redaction/redactor.js';
import { auditTenant, type RunRuntime } from '../tenant-audit.js';
import { registerTenantSecrets } from '../tenant-secrets.js';
import { HeapGovernor } from '../heap-governor.js';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol.js';
import { summaryOf } from './worker-protocol.js';

/*
 * A worker thread of a run: it collects, judges and writes the tenants the main thread hands it, many at
 * once, and answers each with a small summary. Everything it posts is already redacted.
 */
const port = parentPort!;
const init = workerData as WorkerInit;
const post = (message: FromWorker) => port.postMessage(message);
const interrupt = new AbortController();
const redactor = createRedactor();
const governor = init.heapShareBytes ? new HeapGovernor(init.heapShareBytes) : undefined;
const runtimeFor = (id: number): RunRuntime => ({
  ...init.network,
  configDir: init.configDir,
  env: process.env,
  sleep: defaultSleep,
  redactor,
  onRetryWait: ({ waitMs, throttled }) => post({ type: 'retry-wait', id, waitMs, throttled: Boolean(throttled) }),
});
const ready = (async () => {
  await registerTenantSecrets(redactor, init.entries, { configDir: init.configDir, env: process.env });
  const catalog = await loadCatalog();
  redactor.trust(catalogTexts(catalog));
  return catalog;
})();

async function audit(id: number, tenant: Extract<ToWorker, { type: 'audit' }>['tenant']): Promise<void> {
  const catalog = await ready;
  const log = { info: (message: string) => post({ type: 'log', id, level: 'info', message }), warn: (message: string) => post({ type: 'log', id, level: 'warn', message }) };
  const { store } = init;
  const result = await auditTenant(tenant, {
    catalog,
    runtime: runtimeFor(id),
    log,
    signal: interrupt.signal,
    onSnapshot: store.saveSnapshots ? (snapshot) => writeTenantSnapshot(store.outDir, tenant.name, snapshot, redactor) : undefined,
  });
  if (!result) return post({ type: 'interrupted', id });
  try {
    await writeTenantResult(store.outDir, result, redactor);
  } catch (error) {
    return post({ type: 'store-failed', id, message: redactor((error as Error).message) });
  }
  post({ type: 'done', id, summary: summaryOf(result) });
  governor?.check();
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'abort') interrupt.abort(new Error('interrupted'));
  else void audit(message.id, message.tenant);
});
