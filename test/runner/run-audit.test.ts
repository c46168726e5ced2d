import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT, exitCodeFor } from '../../src/cli/exit-codes.js';
import { loadCatalog } from '../../src/core/catalog.js';
import type { Check } from '../../src/core/define-check.js';
import type { Connector } from '../../src/core/connector.js';
import type { Provider } from '../../src/core/model.js';
import type { TenantAudit } from '../../src/core/results.js';
import { parseConfig, type AuditConfig } from '../../src/config/load-config.js';
import { providerModules } from '../../src/connectors/registry.js';
import { DEMO_FIXTURES } from '../../src/demo/demo-tenants.js';
import { startFixtureServer, type RunningFixtureServer } from '../../src/demo/fixture-server.js';
import { runAudit, type RunAuditOptions } from '../../src/runner/run-audit.js';

const TOKEN_ENV = { AUDIT_TOKEN: 'loopback-token' };
const quietLog = { info: () => {}, warn: () => {} };

function m365Entry(name: string, graph: string, tokenEnv = 'AUDIT_TOKEN'): string {
  return `  - name: ${name}\n    provider: m365\n    tenantId: ${name}.onmicrosoft.com\n    auth: { type: token, tokenEnv: ${tokenEnv} }\n    endpoints: { graph: "${graph}" }\n    settings: { breakGlassAccounts: [breakglass01@contoso.example] }\n`;
}

function options(catalog: readonly Check[], extra: Partial<RunAuditOptions> = {}): RunAuditOptions {
  return {
    catalog,
    concurrency: 4,
    failOn: 'none',
    runtime: { env: TOKEN_ENV, sleep: async () => {}, maxTries: 3 },
    logFor: () => quietLog,
    ...extra,
  };
}

const statusesOf = (audit: TenantAudit) => Object.fromEntries(audit.results.map((r) => [r.checkId, r.status]));

describe('runAudit: one tenant failing never reaches the others', () => {
  let contoso: RunningFixtureServer;
  let refusing: RunningFixtureServer;
  let refusingDir: string;
  let catalog: Check[];

  beforeAll(async () => {
    catalog = await loadCatalog();
    contoso = await startFixtureServer(join(DEMO_FIXTURES, 'm365-contoso'));
    refusingDir = await mkdtemp(join(tmpdir(), 'tenant-audit-401-'));
    await writeFile(
      join(refusingDir, 'routes.json'),
      JSON.stringify([{ method: 'GET', path: '/v1.0/organization', status: 401, body: 'unauthorized.json' }]),
    );
    await writeFile(join(refusingDir, 'unauthorized.json'), JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' } }));
    refusing = await startFixtureServer(refusingDir);
  });

  afterAll(async () => {
    await Promise.all([contoso?.close(), refusing?.close()]);
    await rm(refusingDir, { recursive: true, force: true });
  });

  it('keeps the healthy tenant whole and reports each broken one as failed with its reason', async () => {
    const config = parseConfig(
      `tenants:\n${m365Entry('refused', refusing.baseUrl)}${m365Entry('healthy', contoso.baseUrl)}${m365Entry('no-token', contoso.baseUrl, 'UNSET_TOKEN')}`,
      join(refusingDir, 'tenants.yaml'),
      catalog,
    );
    const done: string[] = [];
    const results = await runAudit(config, options(catalog, { onTenantDone: (audit) => done.push(audit.tenant.name) }));

    expect(results.tenants.map((t) => [t.tenant.name, t.outcome])).toEqual([
      ['refused', 'failed'],
      ['healthy', 'audited'],
      ['no-token', 'failed'],
    ]);
    expect(done.sort()).toEqual(['healthy', 'no-token', 'refused']);

    const [refused, healthy, noToken] = results.tenants as [TenantAudit, TenantAudit, TenantAudit];
    expect(refused.error).toMatchObject({ code: 'E_AUTH' });
    expect(refused.error!.message).toMatch(/refused the credentials/);
    expect(refused.results).toEqual([]);
    expect(noToken.error!.message).toMatch(/UNSET_TOKEN/);
    expect(noToken.results).toEqual([]);
    expect(JSON.stringify(results)).not.toContain(TOKEN_ENV.AUDIT_TOKEN);

    const m365Checks = catalog.filter((c) => c.meta.provider === 'm365');
    expect(healthy.results).toHaveLength(m365Checks.length);
    expect(healthy.tenant).toMatchObject({ id: '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b', displayName: 'Contoso (demo)' });
    expect(healthy.counts.pass).toBeGreaterThan(0);
    expect(healthy.counts.fail).toBeGreaterThan(0);
    expect(results.counts).toEqual(healthy.counts);
    expect(exitCodeFor(results, 'none')).toBe(EXIT.tenantFailed);

    // The same tenant audited alone gives the same verdicts: the failures beside it changed nothing.
    const alone = await runAudit(parseConfig(`tenants:\n${m365Entry('healthy', contoso.baseUrl)}`, join(refusingDir, 'tenants.yaml'), catalog), options(catalog));
    expect(statusesOf(alone.tenants[0]!)).toEqual(statusesOf(healthy));
    expect(exitCodeFor(alone, 'none')).toBe(EXIT.ok);
    // Two whole demo audits take ~5 s of CPU; on a shared, loaded machine that was 40-60 s of wall time.
  }, 120_000);
});

describe('runAudit with a stand-in connector', () => {
  let catalog: Check[];
  beforeAll(async () => {
    catalog = (await loadCatalog()).filter((c) => c.meta.id === 'm365-auth-sms-voice-disabled');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function tenants(count: number): AuditConfig {
    const entries = Array.from({ length: count }, (_, i) => `  - name: t${i}\n    provider: m365\n    tenantId: t${i}.onmicrosoft.com\n    auth: { type: token, tokenEnv: AUDIT_TOKEN }\n`).join('');
    return parseConfig(`tenants:\n${entries}`, 'tenants.yaml', catalog);
  }

  /** Replaces the m365 connector; `behave` decides what each tenant's collect does. */
  function standIn(behave: (name: string) => Promise<void>) {
    return vi.spyOn(providerModules.m365!, 'createConnector').mockImplementation((tenant): Connector<'m365'> => ({
      provider: 'm365',
      async collect() {
        await behave(tenant.name);
        return {
          tenant: { name: tenant.name, provider: 'm365' as Provider },
          sections: { authenticationMethodsPolicy: { status: 'ok', data: { policyMigrationState: 'migrationComplete', registrationEnforcement: { snoozeDurationInDays: 0, state: 'enabled' }, methods: [] } } },
        } as never;
      },
    }));
  }

  it('collects no more tenants at once than the concurrency allows', async () => {
    let active = 0;
    let peak = 0;
    standIn(async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active--;
    });
    const results = await runAudit(tenants(7), options(catalog, { concurrency: 3 }));
    expect(results.tenants.every((t) => t.outcome === 'audited')).toBe(true);
    expect(peak).toBe(3);

    peak = 0;
    await runAudit(tenants(4), options(catalog, { concurrency: 1 }));
    expect(peak).toBe(1);
  });

  it('turns an unexpected crash into that tenant failing with E_UNEXPECTED', async () => {
    standIn(async (name) => {
      if (name === 't1') throw new TypeError('Cannot read properties of undefined');
    });
    const results = await runAudit(tenants(3), options(catalog));
    expect(results.tenants.map((t) => t.outcome)).toEqual(['audited', 'failed', 'audited']);
    expect(results.tenants[1]!.error).toEqual({ code: 'E_UNEXPECTED', message: 'Cannot read properties of undefined' });
    expect(results.tenants[0]!.results.map((r) => r.status)).toEqual(['pass']);
  });

  it('hands each snapshot to onSnapshot before judging, and a failure there fails only that tenant', async () => {
    standIn(async () => {});
    const seen: string[] = [];
    const results = await runAudit(
      tenants(2),
      options(catalog, {
        onSnapshot: async (tenant, snapshot) => {
          expect(snapshot.schemaVersion).toBe(1);
          expect(snapshot.sections).toHaveProperty('authenticationMethodsPolicy');
          seen.push(tenant.name);
          if (tenant.name === 't0') throw new Error('disk full');
        },
      }),
    );
    expect(seen.sort()).toEqual(['t0', 't1']);
    expect(results.tenants.map((t) => t.outcome)).toEqual(['failed', 'audited']);
    expect(results.options.providers).toEqual(['m365']);
  });
});
