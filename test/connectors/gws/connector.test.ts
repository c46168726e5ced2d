import { generateKeyPairSync } from 'node:crypto';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gwsTenantFields } from '../../../src/connectors/gws/config.js';
import { createGwsConnector, scopesFor } from '../../../src/connectors/gws/connector.js';
import { gwsScopes, gwsSectionCatalog } from '../../../src/connectors/gws/sections.js';
import { AuthError } from '../../../src/core/errors.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';

const BASE = 'http://127.0.0.1:7412';
const TOKEN_URL = 'http://127.0.0.1:7413/token';
const ROOT_OU = { kind: 'admin#directory#orgUnits', organizationUnits: [{ name: 'Org', orgUnitPath: '/', orgUnitId: 'id:root01' }] };
const log = { info() {}, warn() {} };

function connector(auth: object = { type: 'token', tokenEnv: 'T' }, env: Record<string, string> = { T: 'tok' }) {
  const sleeps: number[] = [];
  const tenant = { name: 't1', ...gwsTenantFields.parse({ auth, endpoints: { admin: BASE, cloudIdentity: BASE, driveLabels: BASE, oauth2Token: TOKEN_URL } }) };
  const c = createGwsConnector(tenant, { configDir: '/tmp', env, sleep: async (ms) => { sleeps.push(ms); }, maxTries: 3 });
  return { c, sleeps };
}

let unmatched: string[] = [];
const onNoMatch = (req: { path?: string }) => unmatched.push(String(req.path));

beforeEach(() => {
  nock.disableNetConnect();
  unmatched = [];
  nock.emitter.on('no match', onNoMatch);
});
afterEach(() => {
  nock.emitter.removeListener('no match', onNoMatch);
  const done = nock.isDone();
  const pending = nock.pendingMocks();
  nock.cleanAll();
  nock.enableNetConnect();
  expect(pending).toEqual([]);
  expect(done).toBe(true);
  expect(unmatched).toEqual([]);
});

describe('gws connector: Policy API paging', () => {
  it('follows nextPageToken through blank pages, keeping pageSize identical, and sends the bearer token', async () => {
    const seen: Record<string, string>[] = [];
    nock(BASE, { reqheaders: { authorization: 'Bearer tok' } })
      .get('/v1/policies').query((q) => { seen.push(q as Record<string, string>); return q.pageToken === undefined; })
      .reply(200, { policies: [{ name: 'policies/a', policyQuery: { orgUnit: 'orgUnits/root01', sortOrder: 101 }, setting: { type: 'settings/security.password', value: { minimumLength: 12 } }, type: 'SYSTEM' }], nextPageToken: 'p2' })
      .get('/v1/policies').query((q) => q.pageToken === 'p2').reply(200, { nextPageToken: 'p3' })
      .get('/v1/policies').query((q) => q.pageToken === 'p3')
      .reply(200, { policies: [{ name: 'policies/b', policyQuery: { sortOrder: 5 }, setting: { type: 'settings/gmail.auto_forwarding', value: { enableAutoForwarding: false } } }] });
    nock(BASE).get('/admin/directory/v1/customer/my_customer/orgunits').query(true).reply(200, ROOT_OU);
    const { c } = connector();
    const out = await c.collect({ sections: ['policies'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.policies?.status).toBe('ok');
    if (out.sections.policies?.status !== 'ok') return;
    expect(out.sections.policies.data.policies.map((p) => [p.setting, p.orgUnitId])).toEqual([['security.password', 'root01'], ['gmail.auto_forwarding', null]]);
    expect(out.sections.policies.data.rootOrgUnitId).toBe('root01');
    expect(seen[0]).toEqual({ pageSize: '100' });
  });
});

describe('gws connector: failures become section errors', () => {
  it('403 insufficient scopes names the scope to authorise', async () => {
    nock(BASE).get('/admin/directory/v1/users').query(true).reply(403, { error: { code: 403, message: 'Request had insufficient authentication scopes.', errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }], status: 'PERMISSION_DENIED' } });
    const out = await connector().c.collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.users).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'https://www.googleapis.com/auth/admin.directory.user.readonly' } });
    expect(out.sections.users?.status === 'error' && out.sections.users.error.message).toMatch(/Domain-wide delegation/);
  });

  it('403 SERVICE_DISABLED says which API to enable', async () => {
    nock(BASE).get('/v1/policies').query(true).reply(403, { error: { code: 403, message: 'Cloud Identity API has not been used in project 977449744253 before or it is disabled.', status: 'PERMISSION_DENIED', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SERVICE_DISABLED', domain: 'googleapis.com' }] } });
    const out = await connector().c.collect({ sections: ['policies'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.policies).toMatchObject({ status: 'error', error: { code: 'api_disabled' } });
    expect(out.sections.policies?.status === 'error' && out.sections.policies.error.message).toMatch(/Cloud Identity API is not enabled/);
  });

  it('403 from a non-super-admin subject is a permission error naming the super-admin requirement', async () => {
    nock(BASE).get('/admin/directory/v1/customer/my_customer/roles').query(true).reply(403, { error: { code: 403, message: 'Not Authorized to access this resource/api', errors: [{ reason: 'forbidden' }] } });
    const out = await connector().c.collect({ sections: ['adminRoles'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.adminRoles?.status === 'error' && out.sections.adminRoles.error.message).toMatch(/super admin/);
  });

  it('retries 429 honouring Retry-After through the injected sleep, then succeeds', async () => {
    nock(BASE)
      .get('/admin/reports/v1/activity/users/all/applications/admin').query(true).reply(429, { error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Quota exceeded' } }, { 'Retry-After': '7' })
      .get('/admin/reports/v1/activity/users/all/applications/admin').query(true).reply(200, { items: [] });
    const { c, sleeps } = connector();
    const out = await c.collect({ sections: ['contextAwareAccess'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.contextAwareAccess).toEqual({ status: 'ok', data: { source: 'admin-log', retentionDays: 180, latest: null } });
    expect(sleeps).toEqual([7000]);
  });

  it('gives up after maxTries with a throttled error (403 quota errors count as throttling)', async () => {
    const body = { error: { code: 403, message: 'Quota exceeded for quota metric Queries', errors: [{ reason: 'userRateLimitExceeded', domain: 'usageLimits' }] } };
    nock(BASE).get('/admin/directory/v1/customers/my_customer').times(3).reply(403, body);
    const { c, sleeps } = connector();
    const out = await c.collect({ sections: ['customer'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.customer).toMatchObject({ status: 'error', error: { code: 'throttled' } });
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('a response of the wrong shape is a shape error', async () => {
    nock(BASE).get('/v2/labels').query(true).reply(200, { labels: [{ title: 'no id' }] });
    const out = await connector().c.collect({ sections: ['driveLabels'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.driveLabels).toMatchObject({ status: 'error', error: { code: 'shape' } });
  });

  it('throws AuthError when every read answers 401', async () => {
    nock(BASE).get('/admin/directory/v1/users').query(true).reply(401, { error: { code: 401, message: 'Invalid Credentials' } });
    await expect(connector().c.collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log })).rejects.toBeInstanceOf(AuthError);
  });
});

describe('gws connector: service account auth', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const key = JSON.stringify({ type: 'service_account', project_id: 'audit-proj', client_email: 'auditor@audit-proj.iam.gserviceaccount.com', private_key: privateKey });
  const auth = { type: 'serviceAccount', keyEnv: 'GWS_KEY', subject: 'admin@example.org' };

  it('exchanges a signed assertion for only the scopes of the chosen sections, impersonating the subject', async () => {
    let claims: Record<string, unknown> = {};
    nock('http://127.0.0.1:7413').post('/token', (body: Record<string, string>) => {
      claims = JSON.parse(Buffer.from(String(body.assertion).split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      return body.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer';
    }).reply(200, { access_token: 'sa-token', expires_in: 3600, token_type: 'Bearer' });
    nock(BASE, { reqheaders: { authorization: 'Bearer sa-token' } }).get('/admin/directory/v1/users').query(true).reply(200, { users: [{ id: '1', primaryEmail: 'a@example.org', isEnrolledIn2Sv: true }] });
    const out = await connector(auth, { GWS_KEY: key }).c.collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.users?.status).toBe('ok');
    expect(claims).toMatchObject({ iss: 'auditor@audit-proj.iam.gserviceaccount.com', sub: 'admin@example.org', scope: 'https://www.googleapis.com/auth/admin.directory.user.readonly' });
  });

  it('unauthorized_client (delegation not granted) is an AuthError listing the scopes', async () => {
    nock('http://127.0.0.1:7413').post('/token').reply(401, { error: 'unauthorized_client', error_description: 'Client is unauthorized to retrieve access tokens using this method.' });
    await expect(connector(auth, { GWS_KEY: key }).c.collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log })).rejects.toThrow(/admin.directory.user.readonly/);
  });
});

describe('gws section catalog', () => {
  it('lists only read-only scopes unless user tokens are opted in', () => {
    expect(gwsScopes().every((s) => s.endsWith('.readonly'))).toBe(true);
    expect(gwsScopes({ userTokens: true })).toContain('https://www.googleapis.com/auth/admin.directory.user.security');
    expect(gwsSectionCatalog.userTokens.writeCapable).toBe(true);
    expect(scopesFor(['userTokens'])).toEqual([]);
  });
});
