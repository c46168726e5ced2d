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
  const c = createGwsConnector(tenant, { configDir: '/tmp', env, sleep: async (ms) => { sleeps.push(ms); }, maxTries: 3, random: () => 1 });
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
    expect(seen[0]).toEqual({ pageSize: '100', filter: 'customer == "customers/my_customer"' });
  });
});

describe('gws connector: Directory paging and partial reads', () => {
  it('pages users.list 500 at a time, keeping every other parameter identical', async () => {
    const seen: Record<string, string>[] = [];
    nock(BASE)
      .get('/admin/directory/v1/users').query((q) => { seen.push(q as Record<string, string>); return q.pageToken === undefined; })
      .reply(200, { kind: 'admin#directory#users', users: [{ id: '1', primaryEmail: 'a@example.org', isAdmin: true, isEnrolledIn2Sv: true, isEnforcedIn2Sv: true }], nextPageToken: 'u2' })
      .get('/admin/directory/v1/users').query((q) => { seen.push(q as Record<string, string>); return q.pageToken === 'u2'; })
      .reply(200, { kind: 'admin#directory#users', users: [{ id: '2', primaryEmail: 'b@example.org', suspended: true }] });
    const out = await connector().c.collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.users?.status === 'ok' && out.sections.users.data.map((u) => [u.primaryEmail, u.isAdmin, u.suspended, u.isEnrolledIn2Sv])).toEqual([
      ['a@example.org', true, false, true],
      ['b@example.org', false, true, false],
    ]);
    const { pageToken, ...second } = seen[1]!;
    expect(pageToken).toBe('u2');
    expect(second).toEqual(seen[0]);
    expect(seen[0]).toMatchObject({ customer: 'my_customer', maxResults: '500' });
  });

  it('a list that cannot be read to its end (a page token repeated) is an incomplete-read error, never a partial list', async () => {
    nock(BASE)
      .get('/admin/directory/v1/users').query((q) => q.pageToken === undefined).reply(200, { kind: 'admin#directory#users', users: [{ id: '1', primaryEmail: 'a@example.org' }], nextPageToken: 'loop' })
      .get('/admin/directory/v1/users').query((q) => q.pageToken === 'loop').reply(200, { kind: 'admin#directory#users', users: [{ id: '2', primaryEmail: 'b@example.org' }], nextPageToken: 'loop' });
    const out = await connector().c.collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.users).toMatchObject({ status: 'error', error: { code: 'incomplete' } });
    expect(out.sections.users?.status === 'error' && out.sections.users.error.message).toMatch(/not read to its end/);
  });

  it('the token log keeps its 20 pages but flags them truncated when more remain, so the grants check cannot pass on it', async () => {
    const item = (time: string, user: string) => ({ id: { time, applicationName: 'token' }, actor: { email: user }, events: [{ name: 'authorize', parameters: [{ name: 'client_id', value: 'c1' }, { name: 'app_name', value: 'App' }, { name: 'scope', multiValue: ['https://mail.google.com/'] }] }] });
    nock(BASE)
      .get('/admin/reports/v1/activity/users/all/applications/token')
      .query(true)
      .times(20)
      .reply((uri) => {
        const page = Number(new URL(uri, BASE).searchParams.get('pageToken') ?? '0');
        const day = String(28 - page).padStart(2, '0');
        return [200, { kind: 'admin#reports#activities', items: [item(`2026-09-${day}T00:00:00Z`, page === 0 ? 'a@example.org' : 'b@example.org')], nextPageToken: String(page + 1) }];
      });
    const out = await connector().c.collect({ sections: ['oauthGrants'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.oauthGrants).toMatchObject({ status: 'ok', data: { truncated: true, since: '2026-09-09T00:00:00Z', apps: [{ clientId: 'c1', users: ['a@example.org', 'b@example.org'] }] } });
  });

  it('waits out a Policy API per-minute quota 429 that has no Retry-After, then reads', async () => {
    nock(BASE)
      .get('/v1/policies').query(true).reply(429, { error: { code: 429, message: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute'", status: 'RESOURCE_EXHAUSTED' } })
      .get('/v1/policies').query(true).reply(200, { policies: [{ name: 'policies/a', policyQuery: { orgUnit: 'orgUnits/root01', sortOrder: 1 }, setting: { type: 'settings/security.less_secure_apps', value: { allowLessSecureApps: false } }, type: 'SYSTEM' }] });
    nock(BASE).get('/admin/directory/v1/customer/my_customer/orgunits').query(true).reply(200, ROOT_OU);
    const { c, sleeps } = connector();
    const out = await c.collect({ sections: ['policies'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.policies?.status).toBe('ok');
    expect(sleeps).toEqual([30_000]);
  });
});

describe('gws connector: a tenant without sub-OUs', () => {
  it('takes the top OU from the policies when orgunits.list returns no units (ScubaGoggles #691)', async () => {
    nock(BASE).get('/v1/policies').query(true).reply(200, { policies: [{ name: 'policies/a', policyQuery: { orgUnit: 'orgUnits/03topou', sortOrder: 1 }, setting: { type: 'settings/security.less_secure_apps', value: { allowLessSecureApps: false } }, type: 'SYSTEM' }] });
    nock(BASE).get('/admin/directory/v1/customer/my_customer/orgunits').query(true).reply(200, { kind: 'admin#directory#orgUnits' });
    const out = await connector().c.collect({ sections: ['policies'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.policies).toMatchObject({ status: 'ok', data: { rootOrgUnitId: '03topou', orgUnits: [{ id: '03topou', path: '/' }] } });
  });
});

describe('gws connector: an empty Policy API answer', () => {
  it('is a section error, not a tenant on Google defaults (which would pass every check with a safe default)', async () => {
    nock(BASE)
      .get('/v1/policies').query((q) => q.pageToken === undefined).reply(200, { nextPageToken: 'b2' })
      .get('/v1/policies').query((q) => q.pageToken === 'b2').reply(200, {});
    const out = await connector().c.collect({ sections: ['policies'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.policies).toMatchObject({ status: 'error', error: { code: 'api_error', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } });
    expect(out.sections.policies?.status === 'error' && out.sections.policies.error.message).toMatch(/super admin/);
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
      .get('/admin/reports/v1/activity/users/all/applications/admin').query(true).reply(200, { kind: 'admin#reports#activities', items: [] });
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
    nock(BASE, { reqheaders: { authorization: 'Bearer sa-token' } }).get('/admin/directory/v1/users').query(true).reply(200, { kind: 'admin#directory#users', users: [{ id: '1', primaryEmail: 'a@example.org', isEnrolledIn2Sv: true }] });
    const out = await connector(auth, { GWS_KEY: key }).c.collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.users?.status).toBe('ok');
    expect(claims).toMatchObject({ iss: 'auditor@audit-proj.iam.gserviceaccount.com', sub: 'admin@example.org', scope: 'https://www.googleapis.com/auth/admin.directory.user.readonly' });
  });

  it('unauthorized_client (delegation not granted) is an AuthError listing the scopes', async () => {
    nock('http://127.0.0.1:7413').post('/token').reply(401, { error: 'unauthorized_client', error_description: 'Client is unauthorized to retrieve access tokens using this method.' });
    await expect(connector(auth, { GWS_KEY: key }).c.collect({ sections: ['users'], settings: DEFAULT_TENANT_SETTINGS, log })).rejects.toThrow(/admin.directory.user.readonly/);
  });
});

describe('gws connector: opt-in per-user tokens', () => {
  it('reads tokens.list for active users only when optIn.userTokens is set, and asks for the write-capable scope only then', async () => {
    expect(scopesFor(['userTokens'], { userTokens: true })).toContain('https://www.googleapis.com/auth/admin.directory.user.security');
    nock(BASE)
      .get('/admin/directory/v1/users').query(true)
      .reply(200, { kind: 'admin#directory#users', users: [{ id: '11', primaryEmail: 'a@example.org' }, { id: '12', primaryEmail: 'gone@example.org', suspended: true }] })
      .get('/admin/directory/v1/users/11/tokens')
      .reply(200, { kind: 'admin#directory#tokenList', items: [{ kind: 'admin#directory#token', clientId: 'c9.apps.googleusercontent.com', displayText: 'Old Drive Sync', scopes: ['https://www.googleapis.com/auth/drive'], nativeApp: true, anonymous: false }] });
    const tenant = { name: 't1', ...gwsTenantFields.parse({ auth: { type: 'token', tokenEnv: 'T' }, optIn: { userTokens: true }, endpoints: { admin: BASE, cloudIdentity: BASE, driveLabels: BASE } }) };
    const c = createGwsConnector(tenant, { configDir: '/tmp', env: { T: 'tok' }, sleep: async () => {}, maxTries: 3 });
    const out = await c.collect({ sections: ['userTokens'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.userTokens).toEqual({
      status: 'ok',
      data: { source: 'directory-tokens', since: null, truncated: false, apps: [{ clientId: 'c9.apps.googleusercontent.com', appName: 'Old Drive Sync', scopes: ['https://www.googleapis.com/auth/drive'], users: ['a@example.org'], lastAuthorized: null, clientType: 'native' }] },
    });
  });

  it('without the opt-in makes no request and explains how to opt in', async () => {
    const out = await connector().c.collect({ sections: ['userTokens'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.userTokens).toMatchObject({ status: 'error', error: { code: 'not_collected', permission: 'https://www.googleapis.com/auth/admin.directory.user.security' } });
    expect(out.sections.userTokens?.status === 'error' && out.sections.userTokens.error.message).toMatch(/optIn\.userTokens: true/);
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
