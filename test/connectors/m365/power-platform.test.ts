import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import dlpPolicies from '../../../src/connectors/m365/collectors/power-platform-dlp-policies.js';
import environments from '../../../src/connectors/m365/collectors/power-platform-environments.js';
import tenantIsolation from '../../../src/connectors/m365/collectors/power-platform-tenant-isolation.js';
import tenantSettings from '../../../src/connectors/m365/collectors/power-platform-tenant-settings.js';
import { PowerPlatformWriteRefused } from '../../../src/connectors/m365/power-platform-client.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { m365ServiceClients } from '../../../src/connectors/m365/service-clients.js';
import { SectionFailure } from '../../../src/core/section-failure.js';
import type { SectionError } from '../../../src/core/model.js';
import type { M365Organization } from '../../../src/snapshot/m365.js';
import { failure, fakeRuntime, readJson, REPO_ROOT, useStrictNock } from './graph-nock.js';

useStrictNock();
const BAP = 'https://api.bap.microsoft.com';
const TENANT_ID = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const FIXTURES = join(REPO_ROOT, 'fixtures', 'm365', 'power-platform');
const fixture = (name: string) => readJson(join(FIXTURES, name)) as nock.Body;
const ORG: M365Organization = { id: TENANT_ID, displayName: 'Contoso', verifiedDomains: [], onPremisesSyncEnabled: null };
const GRAPH = { graph: 'https://graph.microsoft.com', authority: 'https://login.microsoftonline.com' };
const ENVIRONMENTS = '/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments';
const POLICIES = '/providers/PowerPlatform.Governance/v2/policies';
const ISOLATION = `/providers/PowerPlatform.Governance/v1/tenants/${TENANT_ID}/tenantIsolationPolicy`;
const SETTINGS = '/providers/Microsoft.BusinessAppPlatform/listTenantSettings';

function services(tenant: object = {}) {
  const { runtime, sleeps } = fakeRuntime({ T: 'graph-token', PP: 'bap-token' }, 3);
  const clients = m365ServiceClients({ name: 'contoso', tenantId: TENANT_ID, cloud: 'global', auth: { type: 'token', tokenEnv: 'T', powerPlatformTokenEnv: 'PP' }, ...tenant } as never, GRAPH, runtime, {});
  return { clients, sleeps };
}

const ctx = (tenant?: object) => ({ services: services(tenant).clients, organization: ORG }) as never;

async function sectionError(promise: Promise<unknown>, spec: typeof environments.spec): Promise<SectionError> {
  const error = await failure(promise);
  return error instanceof SectionFailure ? error.error : toSectionError(error, spec);
}

describe('Power Platform admin API: environments', () => {
  it('reads every page with the service.powerapps.com token, following nextLink', async () => {
    nock(BAP, { reqheaders: { authorization: 'Bearer bap-token' } })
      .get(ENVIRONMENTS).query({ 'api-version': '2023-06-01' }).reply(200, fixture('environments-page1.json'))
      .get(ENVIRONMENTS).query({ 'api-version': '2023-06-01', $skiptoken: 'page2' }).reply(200, fixture('environments-page2.json'));
    expect(await environments.collect(ctx())).toEqual([
      { name: `Default-${TENANT_ID}`, displayName: 'Contoso (default)', isDefault: true, environmentSku: 'Default' },
      { name: '5f1e8c2a-7b3d-4e6f-9a0b-1c2d3e4f5a60', displayName: 'Finance apps', isDefault: false, environmentSku: 'Production' },
    ]);
  });

  it('names the management-application registration on a 403', async () => {
    nock(BAP).get(ENVIRONMENTS).query(true).reply(403, fixture('error-403-not-registered.json'));
    const error = await sectionError(environments.collect(ctx()), environments.spec);
    expect(error).toMatchObject({ code: 'permission', httpStatus: 403, permission: expect.stringContaining('management application') });
    expect(error.message).toContain('pac admin application register');
    expect(error.message).toContain('does not have permission to access the path');
  });

  it('reports a refused token as an auth error', async () => {
    nock(BAP).get(ENVIRONMENTS).query(true).reply(401, fixture('error-401.json'));
    expect(await sectionError(environments.collect(ctx()), environments.spec)).toMatchObject({ code: 'auth', httpStatus: 401 });
  });

  it('reads a licence-named refusal as a missing licence', async () => {
    nock(BAP).get(ENVIRONMENTS).query(true).reply(403, fixture('error-licence.json'));
    expect(await sectionError(environments.collect(ctx()), environments.spec)).toMatchObject({ code: 'licence', licence: 'Power Platform (Power Apps or Power Automate)' });
  });

  it('retries a 429 after its Retry-After', async () => {
    const { clients, sleeps } = services();
    nock(BAP).get(ENVIRONMENTS).query(true).reply(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'Retry-After': '2' })
      .get(ENVIRONMENTS).query(true).reply(200, fixture('environments-page2.json'));
    expect(await environments.collect({ services: clients, organization: ORG } as never)).toHaveLength(1);
    expect(sleeps).toEqual([2000]);
  });

  it('does not read a 200 without the "value" list as no environments', async () => {
    nock(BAP).get(ENVIRONMENTS).query(true).reply(200, { environments: [] });
    expect(await sectionError(environments.collect(ctx()), environments.spec)).toMatchObject({ code: 'shape' });
  });

  it('refuses a nextLink to another origin', async () => {
    nock(BAP).get(ENVIRONMENTS).query(true).reply(200, { value: [], nextLink: 'https://attacker.example/next' });
    const error = await failure(environments.collect(ctx()));
    expect(String((error as Error).message)).toMatch(/not this tenant's API|refused/);
  });
});

describe('Power Platform admin API: DLP policies', () => {
  it('reads environmentType and the environments each policy names', async () => {
    nock(BAP, { reqheaders: { authorization: 'Bearer bap-token' } }).get(POLICIES).reply(200, fixture('dlp-policies.json'));
    expect(await dlpPolicies.collect(ctx())).toEqual([
      { name: '3a7c9e1b-0000-4000-8000-0000000000d1', displayName: 'Default', environmentType: 'ExceptEnvironments', environments: [`Default-${TENANT_ID}`] },
      { name: '3a7c9e1b-0000-4000-8000-0000000000d2', displayName: 'Finance connectors', environmentType: 'OnlyEnvironments', environments: ['5f1e8c2a-7b3d-4e6f-9a0b-1c2d3e4f5a60'] },
    ]);
  });

  it('names the registration on a 403', async () => {
    nock(BAP).get(POLICIES).reply(403, fixture('error-403-not-registered.json'));
    expect(await sectionError(dlpPolicies.collect(ctx()), dlpPolicies.spec)).toMatchObject({ code: 'permission', message: expect.stringContaining('management application') });
  });

  it('refuses an environmentType it does not know instead of guessing coverage', async () => {
    nock(BAP).get(POLICIES).reply(200, { value: [{ policyDefinition: { name: 'p', displayName: 'p', environmentType: 'SomeEnvironments', environments: [] } }] });
    expect(await sectionError(dlpPolicies.collect(ctx()), dlpPolicies.spec)).toMatchObject({ code: 'shape', message: expect.stringContaining('environmentType') });
  });
});

describe('Power Platform admin API: tenant isolation', () => {
  it('reads the policy by the tenant GUID', async () => {
    nock(BAP).get(ISOLATION).query({ 'api-version': '2020-06-01' }).reply(200, fixture('tenant-isolation-off.json'));
    expect(await tenantIsolation.collect(ctx())).toEqual({ configured: true, isDisabled: true, allowedTenants: [{ tenantId: 'fabrikam.onmicrosoft.com', inbound: true, outbound: false }] });
  });

  it('reads a 404 as isolation never configured', async () => {
    nock(BAP).get(ISOLATION).query(true).reply(404, fixture('error-404-no-policy.json'));
    expect(await tenantIsolation.collect(ctx())).toEqual({ configured: false, isDisabled: true, allowedTenants: [] });
  });

  it('does not read a 200 without isDisabled', async () => {
    nock(BAP).get(ISOLATION).query(true).reply(200, { properties: { allowedTenants: [] } });
    expect(await sectionError(tenantIsolation.collect(ctx()), tenantIsolation.spec)).toMatchObject({ code: 'shape', message: expect.stringContaining('isDisabled') });
  });

  it('names the registration on a 403', async () => {
    nock(BAP).get(ISOLATION).query(true).reply(403, fixture('error-403-not-registered.json'));
    expect(await sectionError(tenantIsolation.collect(ctx()), tenantIsolation.spec)).toMatchObject({ code: 'permission' });
  });
});

describe('Power Platform admin API: tenant settings', () => {
  it('reads disableShareWithEveryone from the documented read-only POST', async () => {
    nock(BAP, { reqheaders: { authorization: 'Bearer bap-token' } }).post(SETTINGS).query({ 'api-version': '2020-10-01' }).reply(200, fixture('tenant-settings.json'));
    expect(await tenantSettings.collect(ctx())).toEqual({ disableShareWithEveryone: true });
  });

  it('retries the read-only POST on a 503', async () => {
    nock(BAP).post(SETTINGS).query(true).reply(503, '').post(SETTINGS).query(true).reply(200, fixture('tenant-settings.json'));
    expect(await tenantSettings.collect(ctx())).toEqual({ disableShareWithEveryone: true });
  });

  it('does not read a 200 without the powerApps settings', async () => {
    nock(BAP).post(SETTINGS).query(true).reply(200, { walkMeOptOut: false });
    expect(await sectionError(tenantSettings.collect(ctx()), tenantSettings.spec)).toMatchObject({ code: 'shape' });
  });

  it('refuses any other POST before it is sent', async () => {
    const client = services().clients.powerPlatform();
    await expect(client.readPost('/providers/PowerPlatform.Governance/v1/tenants/x/tenantIsolationPolicy')).rejects.toBeInstanceOf(PowerPlatformWriteRefused);
  });
});

describe('Power Platform admin API: hosts', () => {
  it('has no host in a sovereign cloud unless the config names one', async () => {
    const error = await sectionError(environments.collect(ctx({ cloud: 'usgov' })), environments.spec);
    expect(error).toMatchObject({ code: 'not_found', message: expect.stringContaining('endpoints.powerPlatform') });
  });

  it('uses the configured host', async () => {
    nock('https://bap.test.example').get(POLICIES).reply(200, { value: [] });
    expect(await dlpPolicies.collect(ctx({ endpoints: { powerPlatform: 'https://bap.test.example/' } }))).toEqual([]);
  });
});
