import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, describe, expect, it } from 'vitest';
import { m365TenantFields } from '../../../src/connectors/m365/config.js';
import { createM365Connector } from '../../../src/connectors/m365/connector.js';
import { m365TokenSource } from '../../../src/connectors/m365/credential.js';
import { AuthError, ConfigError } from '../../../src/core/errors.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, silentLog, useStrictNock } from './graph-nock.js';

useStrictNock();

const TENANT_ID = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const AUTHORITY = 'https://login.test.example';
const ENDPOINTS = { graph: BASE, authority: AUTHORITY };
const SECRET = 'S3cr3t~value-that-must-never-be-printed';
const configDir = mkdtempSync(join(tmpdir(), 'tenant-audit-m365-cred-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

function tenant(auth: Record<string, unknown>) {
  return { name: 'contoso', ...m365TenantFields.parse({ tenantId: TENANT_ID, auth, endpoints: { graph: BASE, authority: AUTHORITY } }) };
}
const runtime = (env: Record<string, string> = {}) => ({ configDir, env, sleep: async () => {}, maxTries: 2 });

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

/** MSAL's sign-in round trips for a custom authority: instance discovery, OpenID metadata, then the token. */
function mockSignIn(tokenReply: [number, Record<string, unknown>], seenBodies: string[]) {
  nock('https://login.microsoftonline.com')
    .get('/common/discovery/instance')
    .query(true)
    .reply(200, {
      tenant_discovery_endpoint: `${AUTHORITY}/${TENANT_ID}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: 'login.test.example', preferred_cache: 'login.test.example', aliases: ['login.test.example'] }],
    });
  nock(AUTHORITY)
    .get(`/${TENANT_ID}/v2.0/.well-known/openid-configuration`)
    .reply(200, {
      token_endpoint: `${AUTHORITY}/${TENANT_ID}/oauth2/v2.0/token`,
      authorization_endpoint: `${AUTHORITY}/${TENANT_ID}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${AUTHORITY}/${TENANT_ID}/oauth2/v2.0/logout`,
      issuer: `${AUTHORITY}/${TENANT_ID}/v2.0`,
      jwks_uri: `${AUTHORITY}/${TENANT_ID}/discovery/v2.0/keys`,
    })
    .post(`/${TENANT_ID}/oauth2/v2.0/token`, (body) => {
      seenBodies.push(typeof body === 'string' ? body : new URLSearchParams(body as Record<string, string>).toString());
      return true;
    })
    .query(true)
    .reply(...tokenReply);
}

describe('m365 credential: configuration errors', () => {
  it('token auth with the env var unset → ConfigError naming the tenant and auth.tokenEnv', async () => {
    const source = m365TokenSource(tenant({ type: 'token', tokenEnv: 'GRAPH_TOKEN' }), ENDPOINTS, runtime());
    const error = await failure(source());
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('"contoso"');
    expect(error.message).toContain('GRAPH_TOKEN');
    expect(error.message).toContain('auth.tokenEnv');
    expect((error as ConfigError).field).toBe('auth.tokenEnv');
  });

  it('through the connector, the unset token variable stays a ConfigError and nothing is requested', async () => {
    const connector = createM365Connector(tenant({ type: 'token', tokenEnv: 'GRAPH_TOKEN' }), runtime());
    const error = await failure(connector.collect({ sections: ['domains'], settings: DEFAULT_TENANT_SETTINGS, log: silentLog }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('auth.tokenEnv');
  });

  it('a certificate file that does not exist → ConfigError naming the file (resolved against the config folder)', async () => {
    const source = m365TokenSource(tenant({ type: 'certificate', clientId: CLIENT_ID, certificateFile: 'certs/missing.pem' }), ENDPOINTS, runtime());
    const error = await failure(source());
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(join(configDir, 'certs', 'missing.pem'));
    expect(error.message).toContain('"contoso"');
    expect((error as ConfigError).field).toBe('auth.certificateFile');
  });

  it('a client secret file that does not exist → ConfigError naming it', async () => {
    const source = m365TokenSource(tenant({ type: 'secret', clientId: CLIENT_ID, clientSecretFile: '/nonexistent/secret.txt' }), ENDPOINTS, runtime());
    const error = await failure(source());
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('/nonexistent/secret.txt');
    expect((error as ConfigError).field).toBe('auth.clientSecretFile');
  });

  it('a certificate password variable that is unset → ConfigError naming auth.certificatePasswordEnv', async () => {
    const source = m365TokenSource(tenant({ type: 'certificate', clientId: CLIENT_ID, certificateEnv: 'CERT_PEM', certificatePasswordEnv: 'CERT_PASS' }), ENDPOINTS, runtime({ CERT_PEM: 'pem' }));
    const error = await failure(source());
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('CERT_PASS');
    expect(error.message).toContain('auth.certificatePasswordEnv');
  });
});

describe('m365 credential: secrets stay out of every message', () => {
  it('a refused client secret → AuthError without the secret (and the secret did go to the token endpoint)', async () => {
    const bodies: string[] = [];
    mockSignIn([401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.', error_codes: [7000215] }], bodies);
    const source = m365TokenSource(tenant({ type: 'secret', clientId: CLIENT_ID, clientSecretEnv: 'CLIENT_SECRET' }), ENDPOINTS, runtime({ CLIENT_SECRET: SECRET }));
    const error = await failure(source());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toContain('"contoso"');
    expect(error.message).not.toContain(SECRET);
    expect(String(error.stack)).not.toContain(SECRET);
    expect(new URLSearchParams(bodies[0]).get('client_secret')).toBe(SECRET);
  });

  it('a granted secret yields the access token, cached for the next call', async () => {
    const bodies: string[] = [];
    mockSignIn([200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'eyJ0eXAi.test-access-token' }], bodies);
    const source = m365TokenSource(tenant({ type: 'secret', clientId: CLIENT_ID, clientSecretEnv: 'CLIENT_SECRET' }), ENDPOINTS, runtime({ CLIENT_SECRET: SECRET }));
    expect(await source()).toBe('eyJ0eXAi.test-access-token');
    expect(await source()).toBe('eyJ0eXAi.test-access-token');
    expect(bodies).toHaveLength(1);
    expect(new URLSearchParams(bodies[0]).get('scope')).toBe(`${BASE}/.default`);
  });

  it('an unreadable certificate (and its password) never appear in the AuthError', async () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nPRIVATEKEYMATERIALxyz123\n-----END PRIVATE KEY-----';
    const source = m365TokenSource(tenant({ type: 'certificate', clientId: CLIENT_ID, certificateEnv: 'CERT_PEM', certificatePasswordEnv: 'CERT_PASS' }), ENDPOINTS, runtime({ CERT_PEM: pem, CERT_PASS: SECRET }));
    const error = await failure(source());
    expect(error).toBeInstanceOf(AuthError);
    for (const secret of ['PRIVATEKEYMATERIALxyz123', SECRET]) {
      expect(error.message).not.toContain(secret);
      expect(String(error.stack)).not.toContain(secret);
    }
  });

  it('a certificate file that is not PEM: AuthError without its contents', async () => {
    const file = join(configDir, 'not-a-cert.pem');
    writeFileSync(file, `client secret by mistake: ${SECRET}\n`);
    const source = m365TokenSource(tenant({ type: 'certificate', clientId: CLIENT_ID, certificateFile: 'not-a-cert.pem' }), ENDPOINTS, runtime());
    const error = await failure(source());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).not.toContain(SECRET);
  });

  it('a token Graph refuses: the AuthError names the tenant and Graph code, never the token', async () => {
    nock(BASE, { reqheaders: { authorization: `Bearer ${SECRET}` } })
      .get('/v1.0/organization')
      .query(true)
      .reply(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure. Invalid audience.' } });
    const connector = createM365Connector(tenant({ type: 'token', tokenEnv: 'GRAPH_TOKEN' }), runtime({ GRAPH_TOKEN: SECRET }));
    const error = await failure(connector.collect({ sections: ['domains'], settings: DEFAULT_TENANT_SETTINGS, log: silentLog }));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toContain('InvalidAuthenticationToken');
    expect(error.message).not.toContain(SECRET);
  });
});
