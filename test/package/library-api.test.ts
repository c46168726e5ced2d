import { describe, expect, it } from 'vitest';
import { DEMO_ENV, startDemoTenants } from '../../src/demo/demo-tenants.js';
import { audit, catalog, evaluateSnapshot, renderHtml, type Snapshot } from '../../src/index.js';

describe('the library API', () => {
  it('audits tenants from code, judges their snapshots again offline with the same verdicts, and renders them', async () => {
    const demo = await startDemoTenants();
    const snapshots: Snapshot[] = [];
    try {
      const results = await audit(demo.config, { env: DEMO_ENV, onSnapshot: async (_tenant, snapshot) => void snapshots.push(snapshot) });
      expect(results.tenants.map((t) => t.outcome)).toEqual(demo.config.tenants.map(() => 'audited'));
      expect(results.counts.fail).toBeGreaterThan(0);

      const again = await evaluateSnapshot(snapshots, { config: demo.config });
      const verdicts = (r: typeof results) => r.tenants.flatMap((t) => t.results.map((c) => `${t.tenant.name} ${c.checkId} ${c.status}`)).sort();
      expect(verdicts(again)).toEqual(verdicts(results));

      const html = renderHtml(results);
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain(demo.config.tenants[0]!.name);
    } finally {
      await demo.close();
    }
  }, 60_000);

  it('a tenant whose credentials are missing is a failed outcome, not a throw', async () => {
    const demo = await startDemoTenants();
    try {
      const results = await audit(demo.config, { env: {}, network: { maxTries: 1 } });
      expect(results.tenants.every((t) => t.outcome === 'failed')).toBe(true);
      expect(results.tenants[0]!.error?.message).toMatch(/DEMO_TOKEN/);
    } finally {
      await demo.close();
    }
  }, 60_000);

  it('lists the catalog with each check\'s metadata', async () => {
    const checks = await catalog();
    expect(checks.length).toBeGreaterThan(50);
    expect(checks.every((c) => c.meta.id && c.meta.title && c.meta.severity)).toBe(true);
  });
});
