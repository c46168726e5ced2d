import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import type { TenantAudit } from '../../src/core/results.js';
import { DEMO_ENV, startDemoTenants } from '../../src/demo/demo-tenants.js';
import type { FixtureIntercept } from '../../src/demo/fixture-server.js';
import { runAudit } from '../../src/runner/run-audit.js';

const LIMITS = { headersTimeoutMs: 1_000, idleTimeoutMs: 1_000, requestTimeoutMs: 4_000, maxTries: 2 };

/** Every request of the tenant misbehaves the same way. */
const everyRequest: Record<string, FixtureIntercept> = {
  'reset mid-body': (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '4000' });
    response.write('{"records": [');
    setTimeout(() => request.socket.destroy(), 5);
    return true;
  },
  'accept and never answer': () => true,
};

async function audit(faulty?: { folder: string; intercept: FixtureIntercept }, tenantDeadlineMs?: number, limits = LIMITS) {
  const demo = await startDemoTenants(undefined, { intercept: (folder) => (folder === faulty?.folder ? faulty.intercept : undefined) });
  try {
    const started = performance.now();
    const results = await runAudit(demo.config, {
      catalog: await loadCatalog(),
      concurrency: 4,
      failOn: 'none',
      runtime: { env: { ...DEMO_ENV }, sleep: async () => {}, maxTries: 2, limits, tenantDeadlineMs },
      logFor: () => ({ info() {}, warn() {} }),
    });
    return { results, elapsed: performance.now() - started };
  } finally {
    await demo.close();
  }
}

const verdicts = (tenant: TenantAudit) => tenant.results.map((r) => `${r.checkId}: ${r.status}: ${r.summary}`);

describe('a fault in one tenant never touches another', async () => {
  const clean = await audit();

  it.each(['salesforce-acme', 'gws-demo', 'm365-fabrikam'].flatMap((folder) => Object.keys(everyRequest).map((fault) => [folder, fault] as const)))(
    '%s: %s',
    async (folder, fault) => {
      const { results, elapsed } = await audit({ folder, intercept: everyRequest[fault]! });
      expect(elapsed).toBeLessThan(18_000);
      expect(results.tenants.map((t) => t.tenant.name).sort()).toEqual(clean.results.tenants.map((t) => t.tenant.name).sort());
      for (const tenant of results.tenants) {
        const before = clean.results.tenants.find((t) => t.tenant.name === tenant.tenant.name)!;
        if (tenant.tenant.name === folder) {
          expect(tenant.outcome === 'failed' ? tenant.error?.message : 'audited').toBeTruthy();
          expect(tenant.results.filter((r) => r.status === 'pass'), 'nothing passes on data never read').toEqual([]);
        } else {
          expect(verdicts(tenant)).toEqual(verdicts(before));
        }
      }
    },
    20_000,
  );

  it('a tenant that hangs ends at its deadline, failed with that reason, while the others finish', async () => {
    const hang: FixtureIntercept = (_req, _res, url) => url.pathname !== '/services/data/v64.0/query' || !(url.searchParams.get('q') ?? '').includes('Organization');
    const { results, elapsed } = await audit({ folder: 'salesforce-acme', intercept: hang }, 5_000, { ...LIMITS, headersTimeoutMs: 60_000, requestTimeoutMs: 60_000 });
    expect(elapsed).toBeLessThan(12_000);
    const acme = results.tenants.find((t) => t.tenant.name === 'salesforce-acme')!;
    expect(acme.outcome).toBe('failed');
    expect(acme.error?.message).toMatch(/deadline/);
    const others = results.tenants.filter((t) => t.tenant.name !== 'salesforce-acme');
    expect(others.map((t) => verdicts(t))).toEqual(others.map((t) => verdicts(clean.results.tenants.find((c) => c.tenant.name === t.tenant.name)!)));
  }, 20_000);
});
