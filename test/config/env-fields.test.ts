import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUsageError } from '../cli/expect-usage-error.js';
import { runCli } from '../cli/run-cli.js';
import { configFields } from './schema-fields.js';

const GUID = '11111111-2222-4333-8444-555555555555';

/** Distinctive values someone might paste where the variable's name belongs. */
const PASTED = {
  jwt: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwbGFudGVkLWp3dC1zZWNyZXQifQ.UGxhbnRlZFNpZ25hdHVyZVZhbHVl',
  pem: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwPLANTEDPEMSECRETxyz\n-----END PRIVATE KEY-----\n',
  longToken: 'PlantedToken0123456789abcdefGHIJKLMNOPqrstuvwxyz0123456789ABCDEFGHIJ',
  mixedToken: 'Zq7PlantedMixedToken9Kx2',
  clientSecret: 'Pl8~nted.Secret/with spaces_Q2',
} as const;

describe('…Env fields hold the name of an environment variable, never the secret', () => {
  const found = configFields().filter((field) => field.key.endsWith('Env'));

  it('finds every Env field of every provider', () => {
    expect(found.map((field) => field.path).sort()).toEqual([
      'gws auth.keyEnv',
      'gws auth.tokenEnv',
      'm365 auth.certificateEnv',
      'm365 auth.certificatePasswordEnv',
      'm365 auth.clientSecretEnv',
      'm365 auth.complianceTokenEnv',
      'm365 auth.exchangeTokenEnv',
      'm365 auth.fabricTokenEnv',
      'm365 auth.powerPlatformTokenEnv',
      'm365 auth.sharePointTokenEnv',
      'm365 auth.teamsTokenEnv',
      'm365 auth.tokenEnv',
      'notify[].urlEnv',
      'salesforce auth.privateKeyEnv',
      'salesforce auth.tokenEnv',
    ]);
  });

  it('accepts variable names and refuses anything else without repeating it', () => {
    for (const { path, schema: field } of found) {
      for (const name of ['CONTOSO_TOKEN', 'ACME_SF_KEY', '_T', 'graph_secret_2']) expect(field.safeParse(name).success, `${path}: ${name}`).toBe(true);
      for (const value of [...Object.values(PASTED), 'MY-TOKEN', '1PASSWORD', '']) {
        const result = field.safeParse(value);
        expect(result.success, `${path} accepted a value that is not a name`).toBe(false);
        if (!result.success && value) expect(JSON.stringify(result.error.issues)).not.toContain(value);
      }
    }
  });
});

describe('a secret pasted into an …Env field is refused and never echoed', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-env-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const cases: { tenant: string; lines: (secret: string) => string[]; field: string }[] = [
    { tenant: 'm365-token', field: 'auth.tokenEnv', lines: (s) => ['provider: m365', 'tenantId: contoso.onmicrosoft.com', 'auth:', '  type: token', `  tokenEnv: ${s}`] },
    { tenant: 'm365-secret', field: 'auth.clientSecretEnv', lines: (s) => ['provider: m365', 'tenantId: contoso.onmicrosoft.com', 'auth:', '  type: secret', `  clientId: ${GUID}`, `  clientSecretEnv: ${s}`] },
    { tenant: 'm365-cert', field: 'auth.certificateEnv', lines: (s) => ['provider: m365', 'tenantId: contoso.onmicrosoft.com', 'auth:', '  type: certificate', `  clientId: ${GUID}`, `  certificateEnv: ${s}`] },
    { tenant: 'm365-cert-password', field: 'auth.certificatePasswordEnv', lines: (s) => ['provider: m365', 'tenantId: contoso.onmicrosoft.com', 'auth:', '  type: certificate', `  clientId: ${GUID}`, '  certificateFile: c.pem', `  certificatePasswordEnv: ${s}`] },
    { tenant: 'gws-token', field: 'auth.tokenEnv', lines: (s) => ['provider: gws', 'auth:', '  type: token', `  tokenEnv: ${s}`] },
    { tenant: 'gws-key', field: 'auth.keyEnv', lines: (s) => ['provider: gws', 'auth:', '  type: serviceAccount', '  subject: admin@northwind.example', `  keyEnv: ${s}`] },
    { tenant: 'sf-jwt', field: 'auth.privateKeyEnv', lines: (s) => ['provider: salesforce', 'auth:', '  type: jwt', '  clientId: 3MVG9key', '  username: audit@acme.example', `  privateKeyEnv: ${s}`] },
    { tenant: 'sf-token', field: 'auth.tokenEnv', lines: (s) => ['provider: salesforce', 'auth:', '  type: token', '  instanceUrl: https://acme.my.salesforce.com', `  tokenEnv: ${s}`] },
  ];

  const run = async (name: string, tenant: string, lines: string[]) => {
    const file = join(dir, `${name}.yaml`);
    await writeFile(file, `tenants:\n  - name: ${tenant}\n${lines.map((line) => `    ${line}`).join('\n')}\n`);
    return { file, run: await runCli(['audit', '-c', file, '-o', join(dir, 'out')]) };
  };

  for (const { tenant, lines, field } of cases) {
    it(`${tenant}: ${field}`, async () => {
      for (const [kind, secret] of Object.entries(PASTED)) {
        const { file, run: result } = await run(`${tenant}-${kind}`, tenant, lines(JSON.stringify(secret)));
        expectUsageError(result, `${file}: tenants[0] "${tenant}": ${field}: `);
        const output = result.stdout + result.stderr;
        expect(output).not.toContain(secret.trim());
        for (const part of secret.split(/[\s.~/]+/).filter((p) => p.length >= 8 && !p.includes('-----'))) expect(output, `${kind} leaked`).not.toContain(part);
      }
    });
  }

  it('a PEM pasted as a YAML block is refused the same way', async () => {
    const block = ['privateKeyEnv: |', ...PASTED.pem.trimEnd().split('\n').map((line) => `  ${line}`)];
    const { file, run: result } = await run('sf-block', 'sf-block', ['provider: salesforce', 'auth:', '  type: jwt', '  clientId: 3MVG9key', '  username: audit@acme.example', ...block.map((line) => `  ${line}`)]);
    expectUsageError(result, `${file}: tenants[0] "sf-block": auth.privateKeyEnv: must be the name of an environment variable`);
    expect(result.stderr).not.toContain('PLANTEDPEMSECRET');
  });

  it('a PEM pasted unquoted breaks the YAML, and the parse error does not quote it', async () => {
    const file = join(dir, 'broken.yaml');
    await writeFile(file, `tenants:\n  - name: sf\n    provider: salesforce\n    auth:\n      type: jwt\n      privateKeyEnv: ${PASTED.pem}`);
    const result = await runCli(['audit', '-c', file]);
    expectUsageError(result, `${file}: not valid YAML`);
    expect(result.stderr).not.toContain('PLANTEDPEMSECRET');
  });
});
