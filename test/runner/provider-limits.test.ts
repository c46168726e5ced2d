import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { loadCatalog } from '../../src/core/catalog.js';
import type { TenantAudit } from '../../src/core/results.js';
import { DEMO_ENV, DEMO_FIXTURES } from '../../src/demo/demo-tenants.js';
import { startFixtureServer, type RunningFixtureServer } from '../../src/demo/fixture-server.js';
import { runTenants } from '../../src/runner/run-tenants.js';

/*
 * Four Google Workspace tenants, each on its own loopback server that holds every answer back a little:
 * a tenant counts as in flight while its server has a request open. `limits.perProvider.gws: 1` must keep
 * them to one at a time although the run's concurrency allows four.
 */
const TENANTS = 4;
const servers: RunningFixtureServer[] = [];
const open = new Array<number>(TENANTS).fill(0);
let most = 0;
const activeTenants = () => open.filter((n) => n > 0).length;

function counting(index: number) {
  return (_request: IncomingMessage, response: ServerResponse) => {
    open[index]!++;
    most = Math.max(most, activeTenants());
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.end = ((...args: unknown[]) => {
      setTimeout(() => {
        open[index]!--;
        end(...args);
      }, 20);
      return response;
    }) as ServerResponse['end'];
    return false;
  };
}

beforeAll(async () => {
  for (let i = 0; i < TENANTS; i++) servers.push(await startFixtureServer(join(DEMO_FIXTURES, 'gws-demo'), counting(i)));
});
afterAll(async () => void (await Promise.all(servers.map((s) => s.close()))));

async function auditWith(limits: string): Promise<TenantAudit[]> {
  const entries = servers.map((server, i) => `  - name: gws-${i}\n    provider: gws\n    primaryDomain: northwind.example\n    auth: { type: token, tokenEnv: DEMO_TOKEN }\n    endpoints: { admin: "${server.baseUrl}", cloudIdentity: "${server.baseUrl}", driveLabels: "${server.baseUrl}" }`);
  const catalog = await loadCatalog();
  const config = parseConfig(`${limits}tenants:\n${entries.join('\n')}\n`, join(DEMO_FIXTURES, 'tenants.yaml'), catalog);
  const audits: TenantAudit[] = [];
  most = 0;
  await runTenants(config, {
    catalog,
    concurrency: TENANTS,
    runtime: { env: DEMO_ENV, sleep: async () => undefined, maxTries: 1 },
    logFor: () => ({ info: () => undefined, warn: () => undefined }),
    onTenantDone: (audit) => void audits.push(audit),
  });
  return audits;
}

describe('limits per provider', () => {
  it('lets the run overlap its tenants when no limit is set', async () => {
    const audits = await auditWith('');
    expect(audits.every((a) => a.outcome === 'audited')).toBe(true);
    expect(most).toBeGreaterThan(1);
  });

  it('keeps a provider to its limit whatever the concurrency', async () => {
    const audits = await auditWith('limits:\n  perProvider: { gws: 1 }\n');
    expect(audits).toHaveLength(TENANTS);
    expect(audits.every((a) => a.outcome === 'audited')).toBe(true);
    expect(most).toBe(1);
  });

  it('keeps tenants sharing one credential (here one token) to the per-credential limit', async () => {
    const audits = await auditWith('limits:\n  perCredential: 2\n');
    expect(audits.every((a) => a.outcome === 'audited')).toBe(true);
    expect(most).toBeLessThanOrEqual(2);
  });
});
