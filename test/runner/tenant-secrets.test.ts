import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/redaction/redactor.js';
import { registerTenantSecrets, tenantSecrets } from '../../src/runner/tenant-secrets.js';

describe('tenantSecrets', () => {
  let configDir: string;
  beforeAll(async () => {
    configDir = await mkdtemp(join(tmpdir(), 'tenant-audit-secrets-'));
    await writeFile(join(configDir, 'sa.json'), JSON.stringify({ type: 'service_account', client_email: 'sa@p.iam.example', private_key_id: 'keyid-0123456789', private_key: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n', token_uri: 'https://oauth2.googleapis.com/token' }));
    await writeFile(join(configDir, 'secret.txt'), 'file-held-secret-0001\n');
  });
  afterAll(() => rm(configDir, { recursive: true, force: true }));

  it('reads every …Env variable and …File file an entry names, and passwords in its URLs', async () => {
    const entry = {
      name: 'contoso',
      provider: 'm365',
      auth: { type: 'secret', clientId: '11111111-2222-4333-8444-555555555555', clientSecretEnv: 'CLIENT_SECRET', certificatePasswordEnv: 'CERT_PASSWORD' },
      gws: { keyFile: 'sa.json', other: [{ clientSecretFile: join(configDir, 'secret.txt') }] },
      endpoints: { graph: 'https://audit:p%40ss-word-0001@graph.example', authority: 'https://login.example' },
    };
    const env = { CLIENT_SECRET: 'env-client-secret-0001', CERT_PASSWORD: 'cert-password-0001', UNRELATED: 'not-named-by-the-entry' };
    const secrets = await tenantSecrets(entry, { configDir, env });
    expect(secrets).toEqual(expect.arrayContaining(['env-client-secret-0001', 'cert-password-0001', 'file-held-secret-0001\n', 'keyid-0123456789', '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n', 'p%40ss-word-0001', 'p@ss-word-0001']));
    expect(secrets).not.toContain('not-named-by-the-entry');
    // The key file is a secret whole, but none of its public fields, nor any name, is one on its own.
    for (const open of ['https://oauth2.googleapis.com/token', 'sa@p.iam.example', 'service_account', 'contoso', 'CLIENT_SECRET', 'audit']) expect(secrets).not.toContain(open);
  });

  it('holds nothing for a variable that is unset or a file that cannot be read (the connector says so itself)', async () => {
    const entry = { auth: { tokenEnv: 'UNSET', keyFile: 'missing.json' }, endpoints: { graph: 'not a url' } };
    expect(await tenantSecrets(entry, { configDir, env: {} })).toEqual([]);
  });

  it('teaches a redactor every tenant\'s secrets', async () => {
    const redactor = createRedactor();
    await registerTenantSecrets(redactor, [{ auth: { tokenEnv: 'A' } }, { auth: { tokenEnv: 'B' } }], { configDir, env: { A: 'token-of-tenant-a', B: 'token-of-tenant-b' } });
    expect(redactor('token-of-tenant-a / token-of-tenant-b')).toBe('[redacted] / [redacted]');
  });
});
