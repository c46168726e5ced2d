import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { AuditResults } from '../../src/core/results.js';
import { DEMO_ENV, type DemoEnvironment } from '../../src/demo/demo-tenants.js';
import { readSnapshot } from '../../src/runner/read-snapshot.js';
import { useDemoConfig } from './demo-config.js';
import { runCli } from './run-cli.js';

const statusesByTenant = (results: AuditResults) =>
  Object.fromEntries(results.tenants.map((t) => [t.tenant.name, Object.fromEntries(t.results.map((r) => [r.checkId, r.status]))]));

describe('collect, then evaluate offline', () => {
  const env = useDemoConfig('tenant-audit-cli-');
  let demo: DemoEnvironment;
  let dir: string;
  let configFile: string;
  beforeAll(() => void ({ demo, dir, configFile } = env));

  it('judges saved snapshots exactly as a direct audit judges the tenants', async () => {
    const snapshots = join(dir, 'snapshots');
    const collect = await runCli(['--quiet', 'collect', '--config', configFile, '--out', snapshots]);
    expect(collect.stderr).toBe('');
    expect(collect.code).toBe(EXIT.ok);
    const files = (await readdir(snapshots)).sort();
    expect(files).toEqual(demo.config.tenants.map((t) => `${t.name}.snapshot.json`).sort());
    const saved = JSON.parse(await readFile(join(snapshots, 'm365-contoso.snapshot.json'), 'utf8')) as { provider: string; settings: { breakGlassAccounts: string[] }; sections: Record<string, { status: string }> };
    expect(saved.provider).toBe('m365');
    expect(saved.settings.breakGlassAccounts).toEqual(['breakglass01@contoso.example']);
    expect(JSON.stringify(saved)).not.toContain(DEMO_ENV.DEMO_TOKEN);

    const offline = join(dir, 'offline');
    const evaluate = await runCli(['--quiet', 'evaluate', '--snapshot', ...files.map((f) => join(snapshots, f)), '--out', offline, '--format', 'json']);
    expect(evaluate.code).toBe(EXIT.ok);
    expect(await readdir(offline)).toEqual(['results.json']);

    const direct = join(dir, 'direct');
    const audit = await runCli(['--quiet', 'audit', '--config', configFile, '--out', direct, '--format', 'json']);
    expect(audit.code).toBe(EXIT.ok);

    const fromSnapshots = JSON.parse(await readFile(join(offline, 'results.json'), 'utf8')) as AuditResults;
    const fromTenants = JSON.parse(await readFile(join(direct, 'results.json'), 'utf8')) as AuditResults;
    expect(fromSnapshots.tenants).toHaveLength(4);
    expect(statusesByTenant(fromSnapshots)).toEqual(statusesByTenant(fromTenants));
    const contoso = (results: AuditResults) => results.tenants.find((t) => t.tenant.name === 'm365-contoso')!;
    expect(contoso(fromSnapshots).counts).toEqual(contoso(fromTenants).counts);
    expect(contoso(fromSnapshots).counts.fail).toBeGreaterThan(0);

    // The same snapshots gate the exit code like an audit would.
    const gated = await runCli(['--quiet', 'evaluate', '--snapshot', join(snapshots, 'm365-contoso.snapshot.json'), '--out', join(dir, 'gated'), '--format', 'json', '--fail-on', 'critical']);
    expect(gated.code).toBe(contoso(fromTenants).results.some((r) => r.status === 'fail' && r.severity === 'critical') ? EXIT.findings : EXIT.ok);
  });

  it('audit exits 3 when a tenant cannot be audited, still reporting the others; 1 on gated findings', async () => {
    const fabrikam = demo.config.tenants.find((t) => t.name === 'm365-fabrikam')!.entry;
    const broken = { ...fabrikam, name: 'no-credentials', auth: { type: 'token', tokenEnv: 'TENANT_AUDIT_UNSET_TOKEN' } };
    const file = join(dir, 'mixed.yaml');
    await writeFile(file, stringify({ tenants: [broken, fabrikam] }));
    const out = join(dir, 'mixed');
    const mixed = await runCli(['audit', '--config', file, '--out', out, '--format', 'json,md']);
    expect(mixed.code).toBe(EXIT.tenantFailed);
    expect(mixed.stderr).toMatch(/no-credentials \(m365\): could not be audited: .*TENANT_AUDIT_UNSET_TOKEN/);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as AuditResults;
    expect(results.tenants.map((t) => [t.tenant.name, t.outcome])).toEqual([
      ['no-credentials', 'failed'],
      ['m365-fabrikam', 'audited'],
    ]);
    expect((await readdir(out)).sort()).toEqual(['results.json', 'run.json', 'summary.md', 'tenants']);

    const stillFailing = await runCli(['--quiet', 'audit', '--config', file, '--out', join(dir, 'gate'), '--format', 'json', '--fail-on', 'info']);
    expect(stillFailing.code).toBe(EXIT.tenantFailed);
    // --quiet silences progress, never a tenant that could not be audited.
    expect(stillFailing.stderr).toMatch(/no-credentials \(m365\): could not be audited/);
    expect(stillFailing.stderr).not.toMatch(/m365-fabrikam/);
    await writeFile(file, stringify({ tenants: [fabrikam] }));
    const gate = await runCli(['--quiet', 'audit', '--config', file, '--out', join(dir, 'gate'), '--format', 'json', '--fail-on', 'info']);
    expect(results.tenants[1]!.counts.fail).toBeGreaterThan(0);
    expect(gate.code).toBe(EXIT.findings);
  });

  it('audit --tenant and --checks narrow the run to those tenants and checks', async () => {
    const out = join(dir, 'narrow');
    const run = await runCli(['--quiet', 'audit', '--config', configFile, '--out', out, '--format', 'json', '--tenant', 'm365-contoso', 'gws-demo', '--checks', 'm365-ca-', 'gws-mfa-']);
    expect(run.code).toBe(EXIT.ok);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as AuditResults;
    expect(results.tenants.map((t) => t.tenant.name).sort()).toEqual(['gws-demo', 'm365-contoso']);
    const ids = results.tenants.flatMap((t) => t.results.map((r) => r.checkId));
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.every((id) => id.startsWith('m365-ca-') || id.startsWith('gws-mfa-'))).toBe(true);
    const unknown = await runCli(['audit', '--config', configFile, '--out', out, '--tenant', 'nobody']);
    expect(unknown.code).toBe(EXIT.usage);
  });

  it('audit --per-tenant also writes each tenant its own reports holding only that tenant', async () => {
    const out = join(dir, 'per-tenant');
    const run = await runCli(['--quiet', 'audit', '--config', configFile, '--out', out, '--format', 'json,html', '--per-tenant', '--tenant', 'm365-contoso', 'salesforce-acme']);
    expect(run.code).toBe(EXIT.ok);
    expect((await readdir(join(out, 'tenants'))).sort()).toEqual(['m365-contoso', 'salesforce-acme']);
    const own = JSON.parse(await readFile(join(out, 'tenants', 'salesforce-acme', 'results.json'), 'utf8')) as AuditResults;
    expect(own.tenants.map((t) => t.tenant.name)).toEqual(['salesforce-acme']);
    expect(own.counts).toEqual(own.tenants[0]!.counts);
    const html = await readFile(join(out, 'tenants', 'salesforce-acme', 'report.html'), 'utf8');
    expect(html).toContain('salesforce-acme');
    expect(html).not.toContain('m365-contoso');
  });

  it('audit --per-tenant --history: each tenant\'s own report compares with its own last score, never the run\'s', async () => {
    const history = join(dir, 'per-tenant-history');
    for (const name of ['first', 'second']) {
      const run = await runCli(['--quiet', 'audit', '--config', configFile, '--out', join(dir, name), '--format', 'json,html', '--per-tenant', '--history', history]);
      expect(run.code).toBe(EXIT.ok);
    }
    const combined = JSON.parse(await readFile(join(dir, 'second', 'results.json'), 'utf8')) as AuditResults;
    for (const tenant of combined.tenants) {
      const html = await readFile(join(dir, 'second', 'tenants', tenant.tenant.name, 'report.html'), 'utf8');
      // The demo answers the same both times: a score that moved is the run's score read as the tenant's.
      const labels = [...html.matchAll(/Score (unchanged|up|down)[^<]*/g)].map((m) => m[0]);
      expect(labels.length, tenant.tenant.name).toBeGreaterThan(0);
      for (const label of labels) expect(label, tenant.tenant.name).toMatch(/^Score unchanged since the last run \(\d+\)$/);
    }
  });

  it('evaluate -c judges with the config\'s settings; without -c, with those saved in the snapshot', async () => {
    const snapshots = join(dir, 'fabrikam-snapshots');
    const collect = await runCli(['--quiet', 'collect', '--config', configFile, '--out', snapshots, '--tenant', 'm365-fabrikam']);
    expect(collect.code).toBe(EXIT.ok);
    const snapshot = join(snapshots, 'm365-fabrikam.snapshot.json');
    const gaCount = async (args: string[], out: string) => {
      const run = await runCli(['--quiet', 'evaluate', '--snapshot', snapshot, '--out', join(dir, out), '--format', 'json', ...args]);
      expect(run.code).toBe(EXIT.ok);
      const results = JSON.parse(await readFile(join(dir, out, 'results.json'), 'utf8')) as AuditResults;
      return results.tenants[0]!.results.find((r) => r.checkId === 'm365-priv-global-admin-count')!.status;
    };
    // Fabrikam has five Global Administrators: too many for the strict range (2–4), fine for SCuBA's (2–8).
    expect(await gaCount([], 'as-collected')).toBe('fail');
    const scubaConfig = join(dir, 'scuba.yaml');
    const entries = demo.config.tenants.map((t) => (t.name === 'm365-fabrikam' ? { ...t.entry, settings: { ...(t.entry.settings as object), profile: 'scuba' } } : t.entry));
    await writeFile(scubaConfig, stringify({ tenants: entries }));
    expect(await gaCount(['--config', scubaConfig], 'as-configured')).toBe('pass');
  });

  it('audit --save-snapshots keeps each snapshot beside its result; evaluate -s OUT re-judges them, and an older run\'s snapshots/ too', async () => {
    const out = join(dir, 'saved-run');
    const audit = await runCli(['--quiet', 'audit', '--config', configFile, '--out', out, '--format', 'json', '--save-snapshots', '--tenant', 'm365-contoso', 'gws-demo']);
    expect(audit.stderr).toBe('');
    const snapshot = await readSnapshot(join(out, 'tenants', 'm365-contoso', 'snapshot.json'));
    expect(snapshot.tenant.name).toBe('m365-contoso');
    expect(await readdir(out)).not.toContain('snapshots');
    const rejudged = await runCli(['--quiet', 'evaluate', '--snapshot', out, '--out', join(dir, 'rejudged'), '--format', 'json']);
    expect(rejudged.stderr).toBe('');
    const direct = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as AuditResults;
    const offline = JSON.parse(await readFile(join(dir, 'rejudged', 'results.json'), 'utf8')) as AuditResults;
    expect(statusesByTenant(offline)).toEqual(statusesByTenant(direct));

    // A run saved before snapshots moved beside the results: snapshots/<name>.snapshot.json.
    const old = join(dir, 'old-run');
    await mkdir(join(old, 'snapshots'), { recursive: true });
    await writeFile(join(old, 'snapshots', 'm365-contoso.snapshot.json'), await readFile(join(out, 'tenants', 'm365-contoso', 'snapshot.json')));
    const fromOld = await runCli(['--quiet', 'evaluate', '--snapshot', old, '--out', join(dir, 'old-out'), '--format', 'json']);
    expect(fromOld.stderr).toBe('');
    expect((JSON.parse(await readFile(join(dir, 'old-out', 'results.json'), 'utf8')) as AuditResults).tenants.map((t) => t.tenant.name)).toEqual(['m365-contoso']);

    const empty = join(dir, 'no-snapshots');
    await mkdir(empty, { recursive: true });
    const none = await runCli(['evaluate', '--snapshot', empty, '--out', join(dir, 'none-out')]);
    expect(none.code).toBe(EXIT.usage);
    expect(none.stderr).toContain(`--snapshot ${empty}: no snapshot in this folder`);

    // A later run into the same folder without --save-snapshots leaves no snapshot that is not its own.
    expect((await runCli(['--quiet', 'audit', '--config', configFile, '--out', out, '--format', 'json', '--tenant', 'm365-contoso'])).stderr).toBe('');
    expect(await readdir(join(out, 'tenants', 'm365-contoso'))).toEqual(['tenant-result.json']);
  });

  it('collect --tenant with an unknown name is a usage error naming it', async () => {
    const { code, stderr } = await runCli(['collect', '--config', configFile, '--out', join(dir, 'none'), '--tenant', 'no-such-tenant']);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/no tenant named no-such-tenant/);
  });

  it('a malformed snapshot exits 2 naming the file and the field', async () => {
    const bad = join(dir, 'bad.snapshot.json');
    await writeFile(
      bad,
      JSON.stringify({ schemaVersion: 1, provider: 'm365', tenant: { name: 'x', provider: 'm365' }, collectedAt: '2026-11-01T00:00:00Z', tool: { name: 'tenant-audit', version: '0' }, sections: { organization: { status: 'broken' } } }),
    );
    const malformed = await runCli(['evaluate', '--snapshot', bad, '--out', join(dir, 'bad-out')]);
    expect(malformed.code).toBe(EXIT.usage);
    expect(malformed.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(malformed.stderr).toContain(bad);
    expect(malformed.stderr).toContain('sections.organization');

    const missingDate = join(dir, 'no-date.snapshot.json');
    await writeFile(missingDate, JSON.stringify({ schemaVersion: 1, provider: 'm365', tenant: { name: 'x', provider: 'm365' }, tool: { name: 'tenant-audit', version: '0' }, sections: {} }));
    const noDate = await runCli(['evaluate', '--snapshot', missingDate, '--out', join(dir, 'bad-out')]);
    expect(noDate.code).toBe(EXIT.usage);
    expect(noDate.stderr).toMatch(/no-date\.snapshot\.json: .*collectedAt/);

    const notJson = join(dir, 'truncated.snapshot.json');
    await writeFile(notJson, '{"schemaVersion": 1, "provider": "m3');
    const truncated = await runCli(['evaluate', '--snapshot', notJson, '--out', join(dir, 'bad-out')]);
    expect(truncated.code).toBe(EXIT.usage);
    expect(truncated.stderr).toContain(notJson);
    expect(truncated.stderr).not.toMatch(/\n\s+at /);
    await expect(readdir(join(dir, 'bad-out'))).rejects.toThrow();
  });

  it('every collected demo snapshot loads with each section checked against its shape', async () => {
    const snapshots = join(dir, 'shape-snapshots');
    const collect = await runCli(['--quiet', 'collect', '--config', configFile, '--out', snapshots]);
    expect(collect.code).toBe(EXIT.ok);
    for (const file of await readdir(snapshots)) {
      const snapshot = await readSnapshot(join(snapshots, file));
      expect(Object.values(snapshot.sections).filter((section) => section?.status === 'ok').length, file).toBeGreaterThan(3);
    }
  });

  it('a saved section whose data departs from its shape, or that the provider does not have, exits 2 naming the file, section and field', async () => {
    const snapshots = join(dir, 'tampered-snapshots');
    const collect = await runCli(['--quiet', 'collect', '--config', configFile, '--out', snapshots, '--tenant', 'm365-contoso']);
    expect(collect.code).toBe(EXIT.ok);
    const saved = join(snapshots, 'm365-contoso.snapshot.json');
    const original = await readFile(saved, 'utf8');
    const evaluateTampered = async (name: string, tamper: (snapshot: { sections: Record<string, { status: string; data?: unknown }> }) => void) => {
      const snapshot = JSON.parse(original) as { sections: Record<string, { status: string; data?: unknown }> };
      tamper(snapshot);
      const file = join(dir, name);
      await writeFile(file, JSON.stringify(snapshot));
      return { file, run: await runCli(['evaluate', '--snapshot', file, '--out', join(dir, 'tampered-out')]) };
    };

    const wrongType = await evaluateTampered('wrong-type.snapshot.json', (snapshot) => {
      const policies = snapshot.sections.conditionalAccessPolicies!.data as { state: unknown }[];
      policies[0]!.state = true;
    });
    expect(wrongType.run.code).toBe(EXIT.usage);
    expect(wrongType.run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(wrongType.run.stderr).toContain(wrongType.file);
    expect(wrongType.run.stderr).toContain('section conditionalAccessPolicies');
    expect(wrongType.run.stderr).toContain('sections.conditionalAccessPolicies.data.0.state: must be string, got boolean');
    expect(wrongType.run.stderr).not.toMatch(/\n\s+at /);

    const foreign = await evaluateTampered('foreign-section.snapshot.json', (snapshot) => {
      snapshot.sections.guestAccess = { status: 'ok', data: {} };
    });
    expect(foreign.run.code).toBe(EXIT.usage);
    expect(foreign.run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(foreign.run.stderr).toContain(foreign.file);
    expect(foreign.run.stderr).toContain('sections.guestAccess: not a section of a m365 snapshot');
    await expect(readdir(join(dir, 'tampered-out'))).rejects.toThrow();
  });
});
