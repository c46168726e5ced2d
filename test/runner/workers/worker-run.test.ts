import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditConfig } from '../../../src/config/load-config.js';
import type { AuditResults, TenantAudit } from '../../../src/core/results.js';
import { loadCatalog } from '../../../src/core/catalog.js';
import { runAndReport } from '../../../src/cli/run-and-report.js';
import type { Reporter } from '../../../src/cli/console-log.js';
import { DEMO_ENV, startDemoTenants, type DemoEnvironment } from '../../../src/demo/demo-tenants.js';
import { createRedactor } from '../../../src/redaction/redactor.js';
import { runTenantsInWorkers } from '../../../src/runner/run-tenants-in-workers.js';
import type { TenantSummary } from '../../../src/runner/workers/worker-protocol.js';

/*
 * Tenants spread over worker threads come out as they do in the main thread: the same results.json apart
 * from the clock, and a worker that dies fails only the tenants it held.
 */
const NETWORK = { maxTries: 2 };
const env = { ...process.env, ...DEMO_ENV };
let demo: DemoEnvironment;
let dir: string;

beforeAll(async () => {
  demo = await startDemoTenants();
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-workers-'));
});

afterAll(async () => {
  await demo.close();
  await rm(dir, { recursive: true, force: true });
});

function quietReporter(): Reporter & { errors: string[] } {
  const errors: string[] = [];
  return { redactor: createRedactor(), errors, line: () => undefined, error: (message) => errors.push(message), tenantLog: () => ({ info: () => undefined, warn: () => undefined }) };
}

/** results.json without what changes from run to run: the clock and how long each tenant took. */
function withoutClock(results: AuditResults): unknown {
  const { startedAt: _s, finishedAt: _f, ...rest } = results;
  return { ...rest, tenants: results.tenants.map(({ durationMs: _d, collectedAt: _c, ...tenant }: TenantAudit) => tenant) };
}

/** Eight tenants: the demo's four, twice under new names. */
function manyTenants(config: AuditConfig, prefix = ''): AuditConfig {
  const tenants = [0, 1].flatMap((copy) => config.tenants.map((t) => { const name = `${prefix}${t.name}-${copy}`; return { ...t, name, entry: { ...t.entry, name } }; }));
  return { ...config, tenants };
}

async function audit(config: AuditConfig, out: string, workers: number): Promise<{ code: number; results: AuditResults }> {
  const { code } = await runAndReport(config, { out, workers, concurrency: 6, formats: ['json'], network: NETWORK, env }, quietReporter());
  return { code, results: JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as AuditResults };
}

describe('an audit on worker threads', () => {
  it('writes the same results.json as the audit in the main thread', async () => {
    const config = manyTenants(demo.config);
    const inProcess = await audit(config, join(dir, 'in-process'), 1);
    const threaded = await audit(config, join(dir, 'threaded'), 2);
    expect(threaded.code).toBe(inProcess.code);
    expect(threaded.results.tenants.map((t) => t.tenant.name)).toEqual(config.tenants.map((t) => t.name));
    expect(threaded.results.tenants.every((t) => t.outcome === 'audited')).toBe(true);
    expect(withoutClock(threaded.results)).toEqual(withoutClock(inProcess.results));
  }, 120_000);

  it('fails only the tenants of a worker that crashed, with the reason, and goes on with a fresh worker', async () => {
    const base = demo.config;
    const crashing = { ...base.tenants[0]!, name: 'crash-me', entry: { ...base.tenants[0]!.entry, name: 'crash-me' } };
    const config = { ...base, tenants: [crashing, ...base.tenants] };
    const out = join(dir, 'crash');
    const done: TenantSummary[] = [];
    const run = await runTenantsInWorkers(config, {
      catalog: await loadCatalog(),
      concurrency: 1,
      workers: 1,
      runtime: { env, ...NETWORK },
      logFor: () => ({ info: () => undefined, warn: () => undefined }),
      store: { outDir: out, saveSnapshots: false },
      onTenantDone: (summary) => void done.push(summary),
      workerEntry: new URL('./crashing-worker.ts', import.meta.url),
    });
    expect(run.unfinished).toEqual([]);
    const crashed = done.find((s) => s.tenant.name === 'crash-me')!;
    expect(crashed.outcome).toBe('failed');
    expect(crashed.error?.code).toBe('E_WORKER');
    expect(crashed.error?.message).toContain('worker blew up on crash-me');
    expect(done.filter((s) => s.tenant.name !== 'crash-me').every((s) => s.outcome === 'audited')).toBe(true);
    expect(done).toHaveLength(config.tenants.length);
    const onDisk = JSON.parse(await readFile(join(out, 'tenants', 'crash-me', 'tenant-result.json'), 'utf8')) as TenantAudit;
    expect(onDisk.outcome).toBe('failed');
  }, 120_000);
});
