import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantConfig } from '../../src/config/load-config.js';
import { credentialKey } from '../../src/runner/credential-key.js';

let dir: string;
const KEY = JSON.stringify({ type: 'service_account', client_email: 'auditor@msp-project.iam.gserviceaccount.com', private_key: '-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----\n' });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-credential-'));
  await writeFile(join(dir, 'sa.json'), KEY);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const tenant = (provider: TenantConfig['provider'], auth: Record<string, unknown>) => ({ provider, entry: { name: 't', provider, auth } });

describe('credentialKey', () => {
  it.each([
    ['m365 certificate app', tenant('m365', { type: 'certificate', clientId: '11111111-2222-3333-4444-555555555555', certificateFile: 'app.pem' }), 'm365:client:11111111-2222-3333-4444-555555555555'],
    ['m365 secret, same app', tenant('m365', { type: 'secret', clientId: '11111111-2222-3333-4444-555555555555', clientSecretEnv: 'SECRET' }), 'm365:client:11111111-2222-3333-4444-555555555555'],
    ['salesforce connected app', tenant('salesforce', { type: 'jwt', clientId: '3MVG9consumerkey', username: 'audit@acme.example', privateKeyFile: 'k.pem' }), 'salesforce:client:3MVG9consumerkey'],
    ['gws key file', tenant('gws', { type: 'serviceAccount', keyFile: 'sa.json', subject: 'admin@x.example' }), 'gws:serviceAccount:auditor@msp-project.iam.gserviceaccount.com'],
    ['gws key in a variable', tenant('gws', { type: 'serviceAccount', keyEnv: 'SA_KEY', subject: 'admin@x.example' }), 'gws:serviceAccount:auditor@msp-project.iam.gserviceaccount.com'],
    ['gws unreadable key', tenant('gws', { type: 'serviceAccount', keyFile: 'missing.json', subject: 'admin@x.example' }), 'gws:key:missing.json'],
    ['a token', tenant('gws', { type: 'token', tokenEnv: 'GWS_TOKEN' }), 'gws:token:GWS_TOKEN'],
  ])('%s', async (_what, input, key) => {
    const found = await credentialKey(input as Pick<TenantConfig, 'provider' | 'entry'>, { configDir: dir, env: { SA_KEY: KEY } });
    expect(found).toBe(key);
    expect(found).not.toContain('PRIVATE KEY');
  });
});
