import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { loadCatalog } from '../../src/core/catalog.js';
import { AREAS, SEVERITIES } from '../../src/core/model.js';
import { providerModule } from '../../src/connectors/registry.js';
import { runCli } from './run-cli.js';

describe('checks', () => {
  it('--format json lists every check with its metadata and references', async () => {
    const catalog = await loadCatalog();
    const { code, stdout } = await runCli(['checks', '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const listed = JSON.parse(stdout) as { id: string; provider: string; area: string; severity: string; title: string; owner: string; references: { docs: string[] } }[];
    expect(listed.map((c) => c.id).sort()).toEqual(catalog.map((c) => c.meta.id).sort());
    expect(new Set(listed.map((c) => c.provider))).toEqual(new Set(['m365', 'gws', 'salesforce']));
    for (const check of listed) {
      expect(AREAS, check.id).toContain(check.area);
      expect(SEVERITIES, check.id).toContain(check.severity);
      expect(check.title, check.id).not.toBe('');
      expect(check.owner, check.id).not.toBe('');
      expect(check.references.docs.length, check.id).toBeGreaterThan(0);
    }
  });

  it('--provider keeps one provider; text and markdown name every check', async () => {
    const gws = JSON.parse((await runCli(['checks', '--provider', 'gws', '--format', 'json'])).stdout) as { id: string; provider: string }[];
    expect(gws.length).toBeGreaterThanOrEqual(30);
    expect(gws.every((c) => c.provider === 'gws' && c.id.startsWith('gws-'))).toBe(true);

    const text = (await runCli(['checks', '--provider', 'salesforce'])).stdout;
    const markdown = (await runCli(['checks', '--provider', 'salesforce', '--format', 'markdown'])).stdout;
    const ids = (await loadCatalog()).filter((c) => c.meta.provider === 'salesforce').map((c) => c.meta.id);
    for (const id of ids) {
      expect(text).toContain(id);
      expect(markdown).toContain(`\`${id}\``);
    }
    expect(text).not.toContain('m365-');
  });

  it('rejects an unknown provider as a usage error', async () => {
    const { code, stderr } = await runCli(['checks', '--provider', 'okta']);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/okta/);
  });
});

describe('permissions', () => {
  it('m365 lists the Graph permissions the checks need and the set-up steps', async () => {
    const { code, stdout } = await runCli(['permissions', 'm365']);
    expect(code).toBe(EXIT.ok);
    for (const permission of ['Policy.Read.All', 'RoleManagement.Read.Directory', 'AuditLog.Read.All']) expect(stdout).toContain(permission);
    expect(stdout).not.toMatch(/ReadWrite/);
    expect(stdout).toMatch(/Set-up/i);
    for (const step of providerModule('m365').setupSteps) expect(stdout).toContain(step);
  });

  it('salesforce marks the write-capable permissions and only those', async () => {
    const { stdout } = await runCli(['permissions', 'salesforce']);
    const marked = stdout.split('\n').filter((line) => line.includes('[WRITE-CAPABLE'));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.some((line) => line.includes('Modify Metadata Through Metadata API Functions'))).toBe(true);
    const plain = stdout.split('\n').find((line) => line.trim().startsWith('API Enabled'));
    expect(plain).toBeDefined();
    expect(plain).not.toContain('[WRITE-CAPABLE');

    const json = JSON.parse((await runCli(['permissions', 'salesforce', '--format', 'json'])).stdout) as { provider: string; setupSteps: string[]; permissions: { permission: string; writeCapable: boolean }[] };
    expect(json.provider).toBe('salesforce');
    expect(json.setupSteps.length).toBeGreaterThan(0);
    expect(json.permissions.find((p) => p.permission === 'API Enabled')?.writeCapable).toBe(false);
    expect(json.permissions.filter((p) => p.writeCapable).length).toBe(marked.length);
  });

  it('--checks narrows the permissions to what those checks read', async () => {
    const json = JSON.parse((await runCli(['permissions', 'm365', '--checks', 'm365-auth-sms-voice-disabled', '--format', 'json'])).stdout) as { permissions: { permission: string; checks: string[] }[] };
    const full = JSON.parse((await runCli(['permissions', 'm365', '--format', 'json'])).stdout) as { permissions: unknown[] };
    const policy = json.permissions.find((p) => p.permission === 'Policy.Read.All');
    expect(policy?.checks).toEqual(['m365-auth-sms-voice-disabled']);
    // Any other row is read on every run (the organization, which proves the credentials), for no check.
    for (const row of json.permissions.filter((p) => p !== policy)) expect(row.checks).toEqual([]);
    expect(json.permissions.length).toBeLessThan(full.permissions.length);
  });

  it('all covers every provider; an unknown provider exits 2', async () => {
    const all = await runCli(['permissions', 'all', '--format', 'markdown']);
    for (const label of ['Microsoft 365', 'Google Workspace', 'Salesforce']) expect(all.stdout).toContain(label);
    const unknown = await runCli(['permissions', 'okta']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/Unknown provider "okta"/);
  });
});

const commands = (await buildProgram()).commands.map((c) => c.name());

describe('--help', () => {
  it('covers the documented commands', () => {
    expect(commands).toEqual(expect.arrayContaining(['audit', 'collect', 'evaluate', 'checks', 'permissions', 'demo']));
  });

  it.each([[[] as string[]], ...commands.map((name) => [[name]])])('%j --help shows an example and exits 0', async (prefix) => {
    const { code, stdout } = await runCli([...prefix, '--help']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/Example/);
    expect(stdout).toMatch(/\$ (npm run demo|tenant-audit )/);
  });

  it('an unknown command or a missing required option is a usage error', async () => {
    expect((await runCli(['audti'])).code).toBe(EXIT.usage);
    const missing = await runCli(['audit']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toMatch(/--config/);
  });
});
