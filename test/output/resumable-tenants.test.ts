import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resumableTenants } from '../../src/output/resumable-tenants.js';
import { tenantResultPath, writeTenantResult } from '../../src/output/tenant-files.js';
import { createRedactor } from '../../src/redaction/redactor.js';
import { buildFleet } from '../report/sample-results.js';

const FLEET = buildFleet(6);
const TENANTS = FLEET.tenants.map((t) => ({ name: t.tenant.name, provider: t.tenant.provider }));
let dir: string;
let startedAt: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-resumable-'));
  startedAt = new Date(Date.now() - 60_000).toISOString();
  for (const audit of FLEET.tenants.slice(0, 5)) await writeTenantResult(dir, audit, createRedactor());
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('resumableTenants: what a resumed run takes as done', () => {
  it('takes every whole result written since the run started, for the tenant the config names', async () => {
    const { done, redone } = await resumableTenants(dir, TENANTS, startedAt);
    expect([...done.keys()]).toEqual(TENANTS.slice(0, 5).map((t) => t.name));
    expect(done.get(TENANTS[0]!.name)).toEqual({ tenant: FLEET.tenants[0]!.tenant, counts: FLEET.tenants[0]!.counts });
    expect(redone).toEqual([]);
  });

  it('audits again a tenant whose result is older than the run, cut short, another tenant\'s, or for another provider', async () => {
    const [older, cut, foreign, moved] = TENANTS;
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(tenantResultPath(dir, older!.name), hourAgo, hourAgo);
    await writeFile(tenantResultPath(dir, cut!.name), '{"tenant":{"name":');
    await writeFile(tenantResultPath(dir, foreign!.name), JSON.stringify(FLEET.tenants[4]));
    const config = TENANTS.map((t) => (t === moved ? { ...t, provider: t.provider === 'gws' ? ('m365' as const) : ('gws' as const) } : t));
    const { done, redone } = await resumableTenants(dir, config, startedAt);
    expect([...done.keys()]).toEqual([TENANTS[4]!.name]);
    expect(redone.map((r) => r.name)).toEqual([older, cut, foreign, moved].map((t) => t!.name));
    expect(redone[0]!.reason).toMatch(/from an earlier run/);
    expect(redone[1]!.reason).toMatch(/cannot read this tenant's result/);
    expect(redone[2]!.reason).toMatch(/not the result of tenant/);
    expect(redone[3]!.reason).toMatch(/for provider .*, and the config now says/);
  });
});
