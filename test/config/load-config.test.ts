import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ConfigError } from '../../src/core/errors.js';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';
import { loadCatalog } from '../../src/core/catalog.js';

const FILE = 'configs/tenants.yaml';
const catalog = await loadCatalog();
const GUID = '11111111-2222-4333-8444-555555555555';

const VALID = `
defaults:
  failOn: high
  concurrency: 8
  settings:
    profile: cis
    dormantDays: 60
  checks:
    exclude: [m365-data-]
tenants:
  - name: contoso
    provider: m365
    tenantId: contoso.onmicrosoft.com
    auth:
      type: certificate
      clientId: ${GUID}
      certificateFile: keys/contoso.pem
    settings:
      breakGlassAccounts: [bg1@contoso.example]
    waivers:
      - check: m365-priv-global-admin-count
        reason: merger in progress
        expires: 2027-03-31
  - name: fabrikam
    provider: m365
    tenantId: 7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d
    cloud: usgov
    auth:
      type: secret
      clientId: ${GUID}
      clientSecretEnv: FABRIKAM_SECRET
  - name: tailspin
    provider: m365
    tenantId: tailspin.onmicrosoft.com
    auth:
      type: token
      tokenEnv: TAILSPIN_TOKEN
    checks:
      include: [m365-ca-]
      exclude: [m365-ca-device-code-blocked]
  - name: northwind
    provider: gws
    customerId: C01abc234
    primaryDomain: northwind.example
    auth:
      type: serviceAccount
      keyFile: keys/northwind.json
      subject: admin@northwind.example
  - name: acme-sf
    provider: salesforce
    auth:
      type: jwt
      clientId: 3MVG9-consumer-key
      username: audit@acme.example
      privateKeyEnv: ACME_SF_KEY
`;

/** A config holding one tenant entry (YAML lines under "- "), optionally with defaults. */
function oneTenant(lines: string[], defaults = ''): string {
  return `${defaults}tenants:\n  - ${lines[0]}\n${lines.slice(1).map((line) => `    ${line}`).join('\n')}\n`;
}

function configError(text: string): ConfigError {
  try {
    parseConfig(text, FILE, catalog);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig: a valid multi-provider config', () => {
  const config = parseConfig(VALID, FILE, catalog);

  it('reads every tenant with its provider, defaults and own fields', () => {
    expect(config.tenants.map((t) => [t.name, t.provider])).toEqual([
      ['contoso', 'm365'],
      ['fabrikam', 'm365'],
      ['tailspin', 'm365'],
      ['northwind', 'gws'],
      ['acme-sf', 'salesforce'],
    ]);
    expect(config.failOn).toBe('high');
    expect(config.concurrency).toBe(8);
    expect(config.file.endsWith(join('configs', 'tenants.yaml'))).toBe(true);
    expect(config.dir.endsWith('configs')).toBe(true);
  });

  it('keeps each auth kind and applies provider defaults', () => {
    const [contoso, fabrikam, tailspin, northwind, acme] = config.tenants;
    expect(contoso!.entry.auth).toEqual({ type: 'certificate', clientId: GUID, certificateFile: 'keys/contoso.pem' });
    expect(contoso!.entry.cloud).toBe('global');
    expect(fabrikam!.entry.auth).toEqual({ type: 'secret', clientId: GUID, clientSecretEnv: 'FABRIKAM_SECRET' });
    expect(fabrikam!.entry.cloud).toBe('usgov');
    expect(tailspin!.entry.auth).toEqual({ type: 'token', tokenEnv: 'TAILSPIN_TOKEN' });
    expect(northwind!.entry).toMatchObject({ customerId: 'C01abc234', auth: { type: 'serviceAccount', subject: 'admin@northwind.example' } });
    expect(acme!.entry).toMatchObject({ apiVersion: '64.0', auth: { type: 'jwt', loginUrl: 'https://login.salesforce.com', privateKeyEnv: 'ACME_SF_KEY' } });
  });

  it('merges settings, check filters and waivers over the defaults', () => {
    const [contoso, fabrikam, tailspin] = config.tenants;
    expect(contoso!.settings).toMatchObject({ profile: 'cis', dormantDays: 60, breakGlassAccounts: ['bg1@contoso.example'] });
    expect(fabrikam!.settings.breakGlassAccounts).toEqual([]);
    expect(tailspin!.checks).toEqual({ include: ['m365-ca-'], exclude: ['m365-data-', 'm365-ca-device-code-blocked'] });
    expect(contoso!.checks).toEqual({ include: undefined, exclude: ['m365-data-'] });
    expect(contoso!.waivers).toEqual([{ check: 'm365-priv-global-admin-count', reason: 'merger in progress', expires: '2027-03-31' }]);
  });
});

describe('parseConfig: errors name the file, the tenant and the field', () => {
  const m365 = (...extra: string[]) => oneTenant(['name: contoso', 'provider: m365', ...extra]);

  it('rejects an unknown provider, listing the known ones', () => {
    const error = configError(oneTenant(['name: okta-prod', 'provider: okta', 'domain: x.okta.com']));
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('tenants[0] "okta-prod"');
    expect(error.message).toMatch(/provider: must be one of m365, gws, salesforce/);
    expect(error.field).toBe('tenants[0].provider');
  });

  it('rejects a missing tenantId', () => {
    const error = configError(m365('auth: { type: token, tokenEnv: T }'));
    expect(error.message).toMatch(/^configs\/tenants\.yaml: tenants\[0\] "contoso": tenantId: Required/);
    expect(error.field).toBe('tenants[0].tenantId');
  });

  it('rejects a clientId that is not a GUID', () => {
    const error = configError(m365('tenantId: contoso.onmicrosoft.com', 'auth: { type: secret, clientId: my-app, clientSecretEnv: S }'));
    expect(error.message).toContain('"contoso"');
    expect(error.message).toMatch(/auth\.clientId: must be a GUID/);
    expect(error.field).toBe('tenants[0].auth.clientId');
  });

  it('rejects both certificateFile and certificateEnv', () => {
    const error = configError(m365('tenantId: contoso.onmicrosoft.com', `auth: { type: certificate, clientId: ${GUID}, certificateFile: c.pem, certificateEnv: CERT_PEM }`));
    expect(error.message).toMatch(/auth\.certificateFile: give exactly one of certificateFile or certificateEnv/);
    expect(error.field).toBe('tenants[0].auth.certificateFile');
  });

  it('rejects neither certificateFile nor certificateEnv', () => {
    const error = configError(m365('tenantId: contoso.onmicrosoft.com', `auth: { type: certificate, clientId: ${GUID} }`));
    expect(error.message).toMatch(/give exactly one of certificateFile or certificateEnv/);
  });

  it('rejects two tenants with the same name, naming the second', () => {
    const entry = (tenantId: string) => `  - name: contoso\n    provider: m365\n    tenantId: ${tenantId}\n    auth: { type: token, tokenEnv: T }\n`;
    const error = configError(`tenants:\n${entry('a.onmicrosoft.com')}${entry('b.onmicrosoft.com')}`);
    expect(error.message).toMatch(/tenants\[1\] "contoso": name: "contoso" is used by another tenant/);
    expect(error.field).toBe('tenants[1].name');
  });

  it('rejects two tenant names that differ only in case: their folders under OUT/tenants/ would be one on macOS or Windows', () => {
    const entry = (name: string, tenantId: string) => `  - name: ${name}\n    provider: m365\n    tenantId: ${tenantId}\n    auth: { type: token, tokenEnv: T }\n`;
    const error = configError(`tenants:\n${entry('Contoso', 'a.onmicrosoft.com')}${entry('contoso', 'b.onmicrosoft.com')}`);
    expect(error.message).toMatch(/tenants\[1\] "contoso": name: "contoso" differs from tenant "Contoso" only in case/);
    expect(error.field).toBe('tenants[1].name');
  });

  it('rejects an unknown field in a tenant entry (a typo is not silently ignored)', () => {
    const error = configError(m365('tenantID: contoso.onmicrosoft.com', 'tenantId: contoso.onmicrosoft.com', 'auth: { type: token, tokenEnv: T }'));
    expect(error.message).toContain('"contoso"');
    expect(error.message).toMatch(/unknown field\(s\) tenantID/);
    expect(error.field).toBe('tenants[0]');
  });

  it('rejects an unknown field in settings and at the top level', () => {
    const inSettings = configError(m365('tenantId: contoso.onmicrosoft.com', 'auth: { type: token, tokenEnv: T }', 'settings: { breakGlass: [a@b.c] }'));
    expect(inSettings.message).toMatch(/settings: unknown field\(s\) breakGlass/);
    const topLevel = configError(`tenant:\n  - name: x\n`);
    expect(topLevel.message).toContain(FILE);
    expect(topLevel.message).toMatch(/tenant/);
  });

  it('reports invalid YAML with its line number', () => {
    const error = configError('defaults:\n  failOn: high\ntenants:\n  - name: a\n   provider: [m365\n');
    expect(error.message).toContain(FILE);
    expect(error.message).toMatch(/not valid YAML at line \d+/);
    const line = Number(/at line (\d+)/.exec(error.message)![1]);
    expect(line).toBeGreaterThanOrEqual(4);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('rejects an unknown failOn severity', () => {
    const error = configError(m365('tenantId: contoso.onmicrosoft.com', 'auth: { type: token, tokenEnv: T }').replace(/^/, 'defaults:\n  failOn: severe\n'));
    expect(error.message).toMatch(/^configs\/tenants\.yaml: defaults\.failOn: .*severe/);
    expect(error.field).toBe('defaults.failOn');
  });

  it('rejects an empty tenant list and a bad waiver date', () => {
    expect(configError('tenants: []\n').message).toMatch(/tenants: list at least one tenant/);
    const waiver = configError(m365('tenantId: contoso.onmicrosoft.com', 'auth: { type: token, tokenEnv: T }', 'waivers: [{ check: x, reason: because, expires: 31/03/2027 }]'));
    expect(waiver.message).toMatch(/waivers\[0\]\.expires: must be a date like/);
  });

  it('rejects a Salesforce token with no instance URL', () => {
    const error = configError(oneTenant(['name: acme', 'provider: salesforce', 'auth: { type: token, tokenEnv: T }']));
    expect(error.message).toMatch(/"acme": auth\.instanceUrl: A token needs the org instanceUrl/);
  });
});

describe('loadConfig and the CLI', () => {
  let dir: string;
  let stderr: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = 0;
  });

  async function runCli(args: string[]): Promise<{ code: number; stderr: string }> {
    stderr = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    process.exitCode = 0;
    await main(['node', 'tenant-audit', ...args]);
    const code = Number(process.exitCode ?? 0);
    vi.restoreAllMocks();
    return { code, stderr: stderr.join('') };
  }

  it('reads a file from disk and resolves its folder', async () => {
    const file = join(dir, 'valid.yaml');
    await writeFile(file, VALID);
    const config = await loadConfig(file);
    expect(config.dir).toBe(dir);
    expect(config.tenants).toHaveLength(5);
  });

  it('names a config file that cannot be read', async () => {
    await expect(loadConfig(join(dir, 'missing.yaml'))).rejects.toThrow(/missing\.yaml: cannot read the config file \(ENOENT\)/);
  });

  it('maps a ConfigError to exit code 2 and one line on stderr, without a stack trace', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, oneTenant(['name: contoso', 'provider: m365', 'tenantId: contoso.onmicrosoft.com', 'auth: { type: secret, clientId: nope, clientSecretEnv: S }']));
    const { code, stderr: err } = await runCli(['audit', '--config', file, '--out', join(dir, 'out')]);
    expect(code).toBe(EXIT.usage);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain(file);
    expect(err).toMatch(/"contoso": auth\.clientId: must be a GUID/);
    expect(err).not.toMatch(/\n\s+at /);
    expect(err).not.toContain('ConfigError');
  });

  it('maps invalid YAML and a missing file to exit code 2 for collect too', async () => {
    const file = join(dir, 'broken.yaml');
    await writeFile(file, 'tenants:\n  - name: [a\n');
    const broken = await runCli(['collect', '--config', file, '--out', join(dir, 'out')]);
    expect(broken.code).toBe(EXIT.usage);
    expect(broken.stderr).toMatch(/not valid YAML at line \d+/);
    const missing = await runCli(['audit', '--config', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('maps a bad --fail-on to exit code 2', async () => {
    const file = join(dir, 'valid-for-flags.yaml');
    await writeFile(file, VALID);
    const { code, stderr: err } = await runCli(['audit', '--config', file, '--fail-on', 'severe']);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/--fail-on/);
  });
});
