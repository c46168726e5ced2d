import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import type { Check } from '../../src/core/define-check.js';
import type { Connector } from '../../src/core/connector.js';
import type { Snapshot } from '../../src/core/model.js';
import { parseConfig } from '../../src/config/load-config.js';
import { providerModules } from '../../src/connectors/registry.js';
import { createRedactor } from '../../src/redaction/redactor.js';
import { runAudit } from '../../src/runner/run-audit.js';

/** Opaque, so only the runtime hook (not a credential shape) can get it redacted. */
const OBTAINED = 'opaque-obtained-session-7Gh2Jk9Lm';
const CONFIGURED = 'configured-token-3Xc8Vb1Nm';

describe('runAudit redacts what connectors report, with the tokens they register', () => {
  let catalog: Check[];
  beforeAll(async () => {
    catalog = (await loadCatalog()).filter((c) => c.meta.id === 'm365-auth-sms-voice-disabled');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const echoingConnector = () =>
    vi.spyOn(providerModules.m365!, 'createConnector').mockImplementation((tenant, runtime): Connector<'m365'> => ({
      provider: 'm365',
      async collect({ log }) {
        runtime.redactor?.add(OBTAINED);
        log.warn(`retrying with ${OBTAINED} and ${CONFIGURED}`);
        if (tenant.name === 'broken') throw new Error(`token ${OBTAINED} refused; Authorization: Bearer ${CONFIGURED}`);
        return {
          tenant: { name: tenant.name, provider: 'm365' },
          sections: { authenticationMethodsPolicy: { status: 'error', error: { code: 'permission', message: `403 echoing ${OBTAINED} / ${CONFIGURED}`, httpStatus: 403 } } },
        };
      },
    }));
  const twoTenants = async () =>
    parseConfig(
      ['tenants:', ...['healthy', 'broken'].map((name) => `  - name: ${name}\n    provider: m365\n    tenantId: ${name}.onmicrosoft.com\n    auth: { type: token, tokenEnv: AUDIT_TOKEN }`)].join('\n'),
      'tenants.yaml',
      await loadCatalog(),
    );

  it('covers section errors, snapshots, failed tenants and log lines; the console shares the redactor', async () => {
    echoingConnector();
    const config = await twoTenants();
    const logged: string[] = [];
    const snapshots: Snapshot[] = [];
    const done: string[] = [];
    const redactor = createRedactor();
    const results = await runAudit(config, {
      catalog,
      concurrency: 2,
      failOn: 'none',
      runtime: { env: { AUDIT_TOKEN: CONFIGURED }, sleep: async () => {}, maxTries: 1 },
      redactor,
      logFor: () => ({ info: (m) => logged.push(m), warn: (m) => logged.push(m) }),
      onSnapshot: async (_tenant, snapshot) => void snapshots.push(snapshot),
      onTenantDone: (audit) => done.push(JSON.stringify(audit)),
    });

    const everything = [JSON.stringify(results), JSON.stringify(snapshots), ...logged, ...done].join('\n');
    expect(everything).not.toContain(OBTAINED);
    expect(everything).not.toContain(CONFIGURED);
    expect(results.tenants.map((t) => t.outcome)).toEqual(['audited', 'failed']);
    expect(results.tenants[1]!.error!.message).toBe('token [redacted] refused; Authorization: Bearer [redacted]');
    expect(snapshots[0]!.sections.authenticationMethodsPolicy).toMatchObject({ status: 'error', error: { message: '403 echoing [redacted] / [redacted]' } });
    expect(logged).toContain('retrying with [redacted] and [redacted]');
    // What the run learnt stays with the redactor the caller passed (the console's).
    expect(redactor(`${OBTAINED} ${CONFIGURED}`)).toBe('[redacted] [redacted]');
  });

  // A snapshot that is not saved is judged as read and only its results are redacted: the same verdicts, nothing leaks.
  it('redacts the results alike whether or not the snapshot is saved', async () => {
    echoingConnector();
    const config = await twoTenants();
    const audit = (saved: boolean) =>
      runAudit(config, {
        catalog,
        concurrency: 1,
        failOn: 'none',
        runtime: { env: { AUDIT_TOKEN: CONFIGURED }, sleep: async () => {}, maxTries: 1 },
        logFor: () => ({ info: () => {}, warn: () => {} }),
        ...(saved ? { onSnapshot: async () => {} } : {}),
      });
    const judged = (results: Awaited<ReturnType<typeof audit>>) => results.tenants.map(({ durationMs: _d, collectedAt: _c, ...tenant }) => tenant);
    const [unsaved, saved] = [await audit(false), await audit(true)];
    expect(JSON.stringify(unsaved)).not.toContain(OBTAINED);
    expect(JSON.stringify(unsaved)).not.toContain(CONFIGURED);
    expect(unsaved.tenants[0]!.results[0]).toMatchObject({ status: 'not_assessed', summary: expect.stringContaining('403 echoing [redacted] / [redacted]') });
    expect(judged(unsaved)).toEqual(judged(saved));
  });
});
