import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ConfigError } from '../../src/core/errors.js';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';
import { loadCatalog } from '../../src/core/catalog.js';
import { generateConfigSchema } from '../../scripts/generate-json-schemas.js';
import { parse } from 'yaml';
import { runCli } from '../cli/run-cli.js';

const FILE = 'msp/tenants.yaml';
const catalog = await loadCatalog();
const APP = '11111111-2222-4333-8444-555555555555';

const PROFILES = `
credentials:
  msp-m365:
    provider: m365
    type: certificate
    clientId: ${APP}
    certificateFile: keys/msp-audit.pem
  msp-gws:
    provider: gws
    type: serviceAccount
    keyEnv: MSP_GWS_KEY
  msp-sf:
    provider: salesforce
    type: jwt
    clientId: 3MVG9-msp-consumer-key
    privateKeyFile: keys/msp-sf.pem
`;

const INLINE_M365 = { type: 'certificate', clientId: APP, certificateFile: 'keys/msp-audit.pem' };

function configError(text: string): ConfigError {
  const thrown = ((): unknown => {
    try {
      return parseConfig(text, FILE, catalog);
    } catch (error) {
      return error;
    }
  })();
  expect(thrown).toBeInstanceOf(ConfigError);
  return thrown as ConfigError;
}

const m365 = (name: string, auth?: string) => `  - name: ${name}\n    provider: m365\n    tenantId: ${name}.onmicrosoft.com\n${auth === undefined ? '' : `    auth: ${auth}\n`}`;

describe('credentials profiles resolve into the same auth as an inline one', () => {
  const resolved = [
    {
      case: 'auth: <profile>',
      text: `${PROFILES}tenants:\n${m365('contoso', 'msp-m365')}`,
      auth: INLINE_M365,
    },
    {
      case: 'auth from defaults.auth (one name)',
      text: `${PROFILES}defaults:\n  auth: msp-m365\ntenants:\n${m365('contoso')}`,
      auth: INLINE_M365,
    },
    {
      case: 'auth from defaults.auth (one per provider)',
      text: `${PROFILES}defaults:\n  auth: [msp-gws, msp-m365]\ntenants:\n${m365('contoso')}`,
      auth: INLINE_M365,
    },
    {
      case: 'an inline auth wins over defaults.auth',
      text: `${PROFILES}defaults:\n  auth: msp-m365\ntenants:\n${m365('contoso', '{ type: token, tokenEnv: CONTOSO_TOKEN }')}`,
      auth: { type: 'token', tokenEnv: 'CONTOSO_TOKEN' },
    },
    {
      case: 'a profile plus the per-customer fields (Google subject)',
      text: `${PROFILES}tenants:\n  - name: northwind\n    provider: gws\n    auth: { credentials: msp-gws, subject: admin@northwind.example }\n`,
      auth: { type: 'serviceAccount', keyEnv: 'MSP_GWS_KEY', subject: 'admin@northwind.example' },
    },
    {
      case: 'a profile plus the per-org fields and provider defaults (Salesforce username, loginUrl)',
      text: `${PROFILES}tenants:\n  - name: acme\n    provider: salesforce\n    auth: { credentials: msp-sf, username: audit@acme.example }\n`,
      auth: { type: 'jwt', clientId: '3MVG9-msp-consumer-key', privateKeyFile: 'keys/msp-sf.pem', username: 'audit@acme.example', loginUrl: 'https://login.salesforce.com' },
    },
  ];

  it.each(resolved)('$case', ({ text, auth }) => {
    const config = parseConfig(text, FILE, catalog);
    expect(config.tenants[0]!.entry.auth).toEqual(auth);
  });

  it('gives every tenant of a profile the same auth, and an inline twin the identical shape', () => {
    const config = parseConfig(`${PROFILES}tenants:\n${m365('contoso', 'msp-m365')}${m365('fabrikam', 'msp-m365')}  - name: inline\n    provider: m365\n    tenantId: inline.onmicrosoft.com\n    auth: { type: certificate, clientId: ${APP}, certificateFile: keys/msp-audit.pem }\n`, FILE, catalog);
    const [a, b, inline] = config.tenants.map((tenant) => tenant.entry);
    expect(a!.auth).toEqual(b!.auth);
    expect(a!.auth).toEqual(inline!.auth);
    expect(a!.auth).not.toBe(b!.auth);
    expect(Object.keys(a!.auth as object)).toEqual(Object.keys(inline!.auth as object));
    expect(a!.tenantId).toBe('contoso.onmicrosoft.com');
  });
});

describe('credentials profile errors name the file, the tenant and the field', () => {
  const errors = [
    {
      case: 'an unknown profile, with the nearest name',
      text: `${PROFILES}tenants:\n${m365('contoso', 'msp-m356')}`,
      message: /^msp\/tenants\.yaml: tenants\[0\] "contoso": auth: "msp-m356" is not a profile under credentials: \(known: msp-m365, msp-gws, msp-sf; did you mean "msp-m365"\?\)$/,
      field: 'tenants[0].auth',
    },
    {
      case: 'a profile name and no credentials: section',
      text: `tenants:\n${m365('contoso', 'msp-m365')}`,
      message: /tenants\[0\] "contoso": auth: "msp-m365" is not a profile under credentials: \(the file has no credentials: section\)/,
      field: 'tenants[0].auth',
    },
    {
      case: 'a profile of another provider',
      text: `${PROFILES}tenants:\n${m365('contoso', 'msp-gws')}`,
      message: /tenants\[0\] "contoso": auth: credentials "msp-gws" are for provider gws, this tenant is m365/,
      field: 'tenants[0].auth',
    },
    {
      case: 'a field set both in the profile and inline',
      text: `${PROFILES}tenants:\n${m365('contoso', '{ credentials: msp-m365, certificateFile: other.pem }')}`,
      message: /tenants\[0\] "contoso": auth\.certificateFile: set both here and in credentials\.msp-m365; give each field in one place/,
      field: 'tenants[0].auth.certificateFile',
    },
    {
      case: 'a bad field in the profile, named in the profile',
      text: `${PROFILES.replace(`clientId: ${APP}`, 'clientId: not-a-guid')}tenants:\n${m365('contoso', 'msp-m365')}`,
      message: /^msp\/tenants\.yaml: credentials\.msp-m365\.clientId: must be a GUID \(used by tenants\[0\] "contoso"\)$/,
      field: 'credentials.msp-m365.clientId',
    },
    {
      case: 'an unknown field in the profile',
      text: `${PROFILES.replace('certificateFile: keys/msp-audit.pem', 'certificateFile: keys/msp-audit.pem\n    certFile: x.pem')}tenants:\n${m365('contoso', 'msp-m365')}`,
      message: /credentials\.msp-m365: unknown field\(s\) certFile \(used by tenants\[0\] "contoso"\)/,
      field: 'credentials.msp-m365',
    },
    {
      case: 'a field the profile leaves to the tenant and the tenant forgot (Google subject)',
      text: `${PROFILES}tenants:\n  - name: northwind\n    provider: gws\n    auth: msp-gws\n`,
      message: /tenants\[0\] "northwind": auth\.subject: Required/,
      field: 'tenants[0].auth.subject',
    },
    {
      case: 'a profile for a provider this build lacks',
      text: `credentials:\n  okta:\n    provider: okta\n    type: token\ntenants:\n${m365('contoso', '{ type: token, tokenEnv: T }')}`,
      message: /^msp\/tenants\.yaml: credentials\.okta\.provider: must be one of m365, gws, salesforce$/,
      field: 'credentials.okta.provider',
    },
    {
      case: 'a profile without a provider',
      text: `credentials:\n  msp:\n    type: token\ntenants:\n${m365('contoso', '{ type: token, tokenEnv: T }')}`,
      message: /credentials\.msp\.provider: Required/,
      field: 'credentials.msp.provider',
    },
    {
      case: 'an unknown profile in defaults.auth',
      text: `${PROFILES}defaults:\n  auth: [msp-m365, msp-gw]\ntenants:\n${m365('contoso')}`,
      message: /^msp\/tenants\.yaml: defaults\.auth\[1\]: "msp-gw" is not a profile under credentials: .*did you mean "msp-gws"/,
      field: 'defaults.auth[1]',
    },
    {
      case: 'two defaults for one provider',
      text: `${PROFILES}  other-m365:\n    provider: m365\n    type: token\n    tokenEnv: T\ndefaults:\n  auth: [msp-m365, other-m365]\ntenants:\n${m365('contoso')}`,
      message: /defaults\.auth\[1\]: "other-m365" and "msp-m365" are both m365 profiles; give at most one default per provider/,
      field: 'defaults.auth[1]',
    },
    {
      case: 'no auth and no default for the provider',
      text: `${PROFILES}defaults:\n  auth: msp-gws\ntenants:\n${m365('contoso')}`,
      message: /tenants\[0\] "contoso": auth: Required: give an auth mapping, the name of a profile under credentials:, or a m365 profile in defaults\.auth$/,
      field: 'tenants[0].auth',
    },
    {
      case: 'a credentials: reference that is not a name',
      text: `${PROFILES}tenants:\n${m365('contoso', '{ credentials: [msp-m365] }')}`,
      message: /tenants\[0\] "contoso": auth\.credentials: must name a profile under credentials:/,
      field: 'tenants[0].auth.credentials',
    },
  ];

  it.each(errors)('$case', ({ text, message, field }) => {
    const error = configError(text);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${FILE}: `)).toBe(true);
    expect(error.field).toBe(field);
  });
});

describe('credentials profiles in the editor schema and the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-profiles-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the JSON Schema accepts profiles and references, and still refuses a misspelt tenant field', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(generateConfigSchema()) as object);
    const config = parse(`${PROFILES}defaults:\n  auth: [msp-m365]\ntenants:\n${m365('contoso', 'msp-m365')}${m365('fabrikam')}  - name: northwind\n    provider: gws\n    auth: { credentials: msp-gws, subject: admin@northwind.example }\n`) as { tenants: Record<string, unknown>[] };
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, tenants: [{ ...config.tenants[0], tenantIdd: 'x' }] })).toBe(false);
    expect(validate({ ...config, credentials: { 'bad name!': { provider: 'm365' } } })).toBe(false);
  });

  it('an unknown profile stops the audit with exit 2 and one line naming the file, tenant and field', async () => {
    const file = join(dir, 'tenants.yaml');
    await writeFile(file, `${PROFILES}tenants:\n${m365('contoso', 'msp-m356')}`);
    const { code, stderr } = await runCli(['audit', '--config', file, '--out', join(dir, 'out')]);
    expect(code).toBe(EXIT.usage);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(file);
    expect(stderr).toMatch(/tenants\[0\] "contoso": auth: "msp-m356" is not a profile/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('docs/tenants.msp.example.yaml', () => {
  const file = new URL('../../docs/tenants.msp.example.yaml', import.meta.url).pathname;

  it('loads, every tenant with the auth its profile gives, and validates against the JSON Schema', async () => {
    const config = await loadConfig(file);
    const auth = Object.fromEntries(config.tenants.map((tenant) => [tenant.name, tenant.entry.auth]));
    expect(auth.contoso).toEqual({ type: 'certificate', clientId: APP, certificateEnv: 'MSP_GRAPH_PEM' });
    expect(auth.fabrikam).toEqual(auth.contoso);
    expect(auth.northwind).toEqual({ type: 'serviceAccount', keyFile: 'secrets/msp-audit-sa.json', subject: 'tenant-audit@northwind.example' });
    expect(auth['acme-sf']).toMatchObject({ type: 'jwt', clientId: '3MVG9-msp-packaged-consumer-key', username: 'audit@acme.example', loginUrl: 'https://acme.my.salesforce.com' });
    expect(auth.tailspin).toMatchObject({ clientId: '66666666-7777-4888-9999-000000000000' });
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(generateConfigSchema()) as object);
    expect(validate(parse(await readFile(file, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });
});
