import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { m365TenantFields } from '../../../src/connectors/m365/config.js';
import { createM365Connector, m365Endpoints, type M365Tenant } from '../../../src/connectors/m365/connector.js';
import type { M365SectionName } from '../../../src/snapshot/m365.js';
import { AuthError } from '../../../src/core/errors.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, TOKEN, batchRelay, fakeRuntime, graphError, silentLog, useStrictNock } from './graph-nock.js';

useStrictNock();
const AUTH = { reqheaders: { authorization: `Bearer ${TOKEN}` } };
const TENANT_ID = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';

function tenant(fields: Record<string, unknown> = {}): M365Tenant {
  return { name: 'contoso', ...m365TenantFields.parse({ tenantId: TENANT_ID, auth: { type: 'token', tokenEnv: 'T' }, endpoints: { graph: BASE }, ...fields }) };
}

async function collect(sections: M365SectionName[], options: { tenant?: M365Tenant; env?: Record<string, string>; maxTries?: number } = {}) {
  const { runtime, sleeps } = fakeRuntime(options.env, options.maxTries);
  const info: string[] = [];
  const connector = createM365Connector(options.tenant ?? tenant(), runtime);
  const out = await connector.collect({ sections, settings: DEFAULT_TENANT_SETTINGS, log: { info: (m) => info.push(m), warn: (m) => info.push(m) } });
  return { out, sleeps, info };
}

const ORGANIZATION = { value: [{ id: TENANT_ID, displayName: 'Contoso', onPremisesSyncEnabled: null, verifiedDomains: [{ name: 'contoso.example', isDefault: true, isInitial: false }] }] };

function sku(skuPartNumber: string, plans: string[]) {
  return { skuId: '00000000-0000-4000-8000-0000000000aa', skuPartNumber, capabilityStatus: 'Enabled', servicePlans: plans.map((servicePlanName) => ({ servicePlanName, provisioningStatus: 'Success' })) };
}
const NO_PREMIUM = { value: [sku('O365_BUSINESS_PREMIUM', ['EXCHANGE_S_STANDARD', 'SHAREPOINTSTANDARD', 'MFA_PREMIUM'])] };
const P1 = { value: [sku('SPE_E3', ['AAD_PREMIUM', 'EXCHANGE_S_ENTERPRISE', 'SHAREPOINTENTERPRISE'])] };

const AUTHORIZATION_POLICY = {
  id: 'authorizationPolicy',
  allowInvitesFrom: 'adminsAndGuestInviters',
  allowedToSignUpEmailBasedSubscriptions: false,
  allowEmailVerifiedUsersToJoinOrganization: false,
  blockMsolPowerShell: true,
  guestUserRoleId: '2af84b1e-32c8-42b7-82bc-daa82404023b',
  defaultUserRolePermissions: { allowedToCreateApps: false, allowedToCreateSecurityGroups: false, allowedToReadOtherUsers: true, permissionGrantPoliciesAssigned: [] },
};

function mockOrganization(scope = nock(BASE, AUTH)) {
  return scope.get('/v1.0/organization').query({ $select: 'id,displayName,verifiedDomains,onPremisesSyncEnabled' }).reply(200, ORGANIZATION);
}

describe('m365 connector: credentials refused', () => {
  it('throws AuthError when Graph answers 401 on /organization, and reads nothing else', async () => {
    nock(BASE, AUTH)
      .get('/v1.0/organization')
      .query(true)
      .reply(401, graphError('InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'));
    const promise = collect(['organization', 'authorizationPolicy', 'conditionalAccessPolicies', 'domains']);
    await expect(promise).rejects.toBeInstanceOf(AuthError);
    await expect(promise).rejects.toThrow(/contoso.*InvalidAuthenticationToken/);
  });

  it('does not retry a 401 and never puts the token into the error', async () => {
    nock(BASE, { reqheaders: { authorization: 'Bearer tok-SECRET-value-123' } })
      .get('/v1.0/organization')
      .query(true)
      .reply(401, graphError('InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.'));
    const error = await collect(['domains'], { env: { T: 'tok-SECRET-value-123' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(String((error as Error).message)).not.toContain('tok-SECRET-value-123');
  });
});

describe('m365 connector: section errors', () => {
  it('a 403 on one section becomes a permission error naming Policy.Read.All; the others are read', async () => {
    const batch = batchRelay();
    mockOrganization()
      .get('/v1.0/policies/authorizationPolicy')
      .reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'))
      .get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy')
      .reply(200, { id: '00000000-0000-0000-0000-000000000005', displayName: 'Security Defaults', isEnabled: false })
      .get('/v1.0/domains')
      .query(true)
      .reply(200, { value: [{ id: 'contoso.example', isVerified: true, isDefault: true, authenticationType: 'Managed', passwordValidityPeriodInDays: 2147483647 }] });
    const { out } = await collect(['organization', 'authorizationPolicy', 'securityDefaults', 'domains']);
    expect(out.tenant).toEqual({ name: 'contoso', provider: 'm365', id: TENANT_ID, displayName: 'Contoso' });
    expect(out.sections.authorizationPolicy).toMatchObject({
      status: 'error',
      error: { code: 'permission', permission: 'Policy.Read.All', httpStatus: 403, endpoint: 'GET /v1.0/policies/authorizationPolicy' },
    });
    const error = out.sections.authorizationPolicy?.status === 'error' ? out.sections.authorizationPolicy.error : undefined;
    expect(error?.message).toContain('Authorization_RequestDenied');
    expect(error?.message).toContain('Policy.Read.All');
    expect(out.sections.securityDefaults).toEqual({ status: 'ok', data: { isEnabled: false } });
    expect(out.sections.domains).toMatchObject({ status: 'ok', data: [{ id: 'contoso.example', isDefault: true }] });
    expect(out.sections.organization).toMatchObject({ status: 'ok', data: { id: TENANT_ID, verifiedDomains: [{ name: 'contoso.example', isDefault: true }] } });
    // The three section reads went out together as one $batch.
    expect(batch.sizes).toEqual([3]);
  });

  it('without an Entra ID P1 plan, CA and userRegistrationDetails are licence errors and are never requested', async () => {
    mockOrganization()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(200, NO_PREMIUM)
      .get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy')
      .reply(200, { isEnabled: true });
    // No mocks for /identity/conditionalAccess/policies or the report: a request to either would be unmatched.
    const { out } = await collect(['conditionalAccessPolicies', 'userRegistrationDetails', 'securityDefaults']);
    expect(out.sections.conditionalAccessPolicies).toMatchObject({
      status: 'error',
      error: { code: 'licence', licence: 'Microsoft Entra ID P1', featureUnlicensed: true, endpoint: expect.stringContaining('GET /v1.0/identity/conditionalAccess/policies') },
    });
    expect(out.sections.userRegistrationDetails).toMatchObject({
      status: 'error',
      error: { code: 'licence', licence: 'Microsoft Entra ID P1', featureUnlicensed: false },
    });
    expect(out.sections.securityDefaults).toEqual({ status: 'ok', data: { isEnabled: true } });
    // licences was read only to gate the others; it was not asked for, so it is not in the snapshot.
    expect(Object.keys(out.sections).sort()).toEqual(['conditionalAccessPolicies', 'securityDefaults', 'userRegistrationDetails']);
  });

  it("Graph's own licence answer (Authentication_RequestFromNonPremiumTenantOrB2CTenant) becomes a licence error", async () => {
    const batch = batchRelay();
    mockOrganization()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(200, P1)
      .get('/v1.0/reports/authenticationMethods/userRegistrationDetails')
      .query(true)
      .reply(403, graphError('Authentication_RequestFromNonPremiumTenantOrB2CTenant', "Neither tenant is B2C or tenant doesn't have premium license"))
      .get('/v1.0/identity/conditionalAccess/policies')
      .reply(200, { value: [] });
    const { out } = await collect(['userRegistrationDetails', 'conditionalAccessPolicies']);
    expect(out.sections.userRegistrationDetails).toMatchObject({ status: 'error', error: { code: 'licence', licence: 'Microsoft Entra ID P1', featureUnlicensed: false, httpStatus: 403 } });
    expect(out.sections.conditionalAccessPolicies).toEqual({ status: 'ok', data: [] });
    expect(batch.sizes).toEqual([2]);
  });

  it('a licence code on a feature section (AadPremiumLicenseRequired) says the feature itself is unlicensed', async () => {
    mockOrganization()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(200, P1)
      .get('/v1.0/identity/conditionalAccess/policies')
      .reply(403, graphError('AadPremiumLicenseRequired', 'The tenant needs an Azure AD Premium license.'));
    const { out } = await collect(['conditionalAccessPolicies']);
    expect(out.sections.conditionalAccessPolicies).toMatchObject({ status: 'error', error: { code: 'licence', featureUnlicensed: true } });
  });

  it('when the licences cannot be read, gated sections are still tried', async () => {
    mockOrganization()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'))
      .get('/v1.0/identity/conditionalAccess/policies')
      .reply(200, { value: [] });
    const { out } = await collect(['conditionalAccessPolicies', 'licences']);
    expect(out.sections.licences).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'LicenseAssignment.Read.All' } });
    expect(out.sections.conditionalAccessPolicies).toEqual({ status: 'ok', data: [] });
  });

  it('an answer of the wrong shape is a shape error naming the endpoint', async () => {
    mockOrganization().get('/v1.0/policies/authorizationPolicy').reply(200, { ...AUTHORIZATION_POLICY, allowInvitesFrom: 42 });
    const { out } = await collect(['authorizationPolicy']);
    expect(out.sections.authorizationPolicy).toMatchObject({ status: 'error', error: { code: 'shape', endpoint: 'GET /v1.0/policies/authorizationPolicy' } });
    const error = out.sections.authorizationPolicy?.status === 'error' ? out.sections.authorizationPolicy.error : undefined;
    expect(error?.message).toContain('/policies/authorizationPolicy');
    expect(error?.message).toContain('allowInvitesFrom');
  });

  it('a collection answer without "value" is a shape error too', async () => {
    mockOrganization().get('/v1.0/domains').query(true).reply(200, { id: 'contoso.example' });
    const { out } = await collect(['domains']);
    expect(out.sections.domains).toMatchObject({ status: 'error', error: { code: 'shape', endpoint: 'GET /v1.0/domains' } });
  });

  it('a 404 becomes not_found, and 429 after the retries becomes throttled', async () => {
    const batch = batchRelay();
    mockOrganization()
      .get('/v1.0/admin/sharepoint/settings')
      .reply(404, graphError('itemNotFound', 'The requested resource does not exist.'))
      .get('/v1.0/groupSettings')
      .times(2)
      .reply(429, graphError('TooManyRequests', 'Too many requests'), { 'Retry-After': '2' })
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(200, P1);
    const { out, sleeps, info } = await collect(['sharePointSettings', 'groupSettings'], { maxTries: 2 });
    expect(out.sections.sharePointSettings).toMatchObject({ status: 'error', error: { code: 'not_found', httpStatus: 404 } });
    expect(out.sections.groupSettings).toMatchObject({ status: 'error', error: { code: 'throttled', httpStatus: 429, endpoint: 'GET /v1.0/groupSettings' } });
    expect(sleeps).toEqual([2000]);
    expect(batch.sizes).toEqual([2]);
    expect(info.some((line) => line.includes('retrying in 2s'))).toBe(true);
  });
});

describe('m365 connector: what is requested', () => {
  it('reads only the sections asked for (plus the organization, which proves the credentials)', async () => {
    mockOrganization()
      .get('/v1.0/domains')
      .query({ $select: 'id,isVerified,isDefault,authenticationType,passwordValidityPeriodInDays' })
      .reply(200, { value: [{ id: 'contoso.example', isVerified: true }] });
    const { out } = await collect(['domains']);
    expect(Object.keys(out.sections)).toEqual(['domains']);
    expect(out.sections.domains).toMatchObject({ status: 'ok', data: [{ id: 'contoso.example', isVerified: true, isDefault: false, authenticationType: 'Managed' }] });
  });

  it('reads the licences first when a section is licence-gated, and then the gated section', async () => {
    const order: string[] = [];
    mockOrganization()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(() => {
        order.push('skus');
        return [200, P1];
      })
      .get('/v1.0/identity/conditionalAccess/namedLocations')
      .reply(() => {
        order.push('namedLocations');
        return [200, { value: [] }];
      });
    const { out } = await collect(['namedLocations']);
    expect(order).toEqual(['skus', 'namedLocations']);
    expect(Object.keys(out.sections)).toEqual(['namedLocations']);
  });

  it('checks the break-glass accounts named in the settings, and reports one that does not exist', async () => {
    const batch = batchRelay();
    mockOrganization()
      .get('/v1.0/users/bg1%40contoso.example')
      .query({ $select: 'id,userPrincipalName' })
      .reply(200, { id: 'u-bg1', userPrincipalName: 'bg1@contoso.example' })
      .get('/v1.0/users/bg2%40contoso.example')
      .query(true)
      .reply(404, graphError('Request_ResourceNotFound', "Resource 'bg2@contoso.example' does not exist or one of its queried reference-property objects are not present."));
    const { runtime } = fakeRuntime();
    const out = await createM365Connector(tenant(), runtime).collect({ sections: ['breakGlassAccounts'], settings: { ...DEFAULT_TENANT_SETTINGS, breakGlassAccounts: ['bg1@contoso.example', 'bg2@contoso.example'] }, log: silentLog });
    expect(out.sections.breakGlassAccounts).toEqual({
      status: 'ok',
      data: [
        { configured: 'bg1@contoso.example', id: 'u-bg1', userPrincipalName: 'bg1@contoso.example', found: true },
        { configured: 'bg2@contoso.example', id: null, userPrincipalName: null, found: false },
      ],
    });
    expect(batch.sizes).toEqual([2]);
  });
});

describe('m365 connector: sovereign clouds', () => {
  it('maps each cloud to its Graph and sign-in endpoints', () => {
    expect(m365Endpoints(tenant({ cloud: 'usgov', endpoints: undefined }))).toEqual({ graph: 'https://graph.microsoft.us', authority: 'https://login.microsoftonline.us' });
    expect(m365Endpoints(tenant({ cloud: 'usgovdod', endpoints: undefined })).graph).toBe('https://dod-graph.microsoft.us');
    expect(m365Endpoints(tenant({ cloud: 'china', endpoints: undefined }))).toEqual({ graph: 'https://microsoftgraph.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn' });
    expect(m365Endpoints(tenant({ endpoints: undefined }))).toEqual({ graph: 'https://graph.microsoft.com', authority: 'https://login.microsoftonline.com' });
  });

  it('endpoints.graph overrides the cloud (a trailing slash is dropped); the authority stays the cloud one', () => {
    expect(m365Endpoints(tenant({ cloud: 'usgov', endpoints: { graph: 'https://graph.proxy.example/' } }))).toEqual({ graph: 'https://graph.proxy.example', authority: 'https://login.microsoftonline.us' });
  });

  it('a usgov tenant is read from graph.microsoft.us, with the token sent only there', async () => {
    nock('https://graph.microsoft.us', AUTH)
      .get('/v1.0/organization')
      .query(true)
      .reply(200, ORGANIZATION)
      .get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy')
      .reply(200, { isEnabled: true });
    const { out } = await collect(['securityDefaults'], { tenant: tenant({ cloud: 'usgov', endpoints: undefined }) });
    expect(out.sections.securityDefaults).toEqual({ status: 'ok', data: { isEnabled: true } });
  });

  it('a nextLink from the usgov endpoint back to the global one is refused', async () => {
    nock('https://graph.microsoft.us', AUTH)
      .get('/v1.0/organization')
      .query(true)
      .reply(200, ORGANIZATION)
      .get('/v1.0/domains')
      .query(true)
      .reply(200, { value: [{ id: 'a.example' }], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/domains?$skiptoken=x' });
    const { out } = await collect(['domains'], { tenant: tenant({ cloud: 'usgov', endpoints: undefined }) });
    expect(out.sections.domains).toMatchObject({ status: 'error' });
    const error = out.sections.domains?.status === 'error' ? out.sections.domains.error : undefined;
    expect(error?.message).toContain('https://graph.microsoft.com');
  });
});
