import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { m365TenantFields } from '../../../src/connectors/m365/config.js';
import { createM365Connector } from '../../../src/connectors/m365/connector.js';
import type { M365SectionName } from '../../../src/snapshot/m365.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, TOKEN, fakeRuntime, silentLog, useStrictNock } from './graph-nock.js';

/** Answers that are complete HTTP successes but would make checks pass on missing data: each must be a section error. */
useStrictNock();
const AUTH = { reqheaders: { authorization: `Bearer ${TOKEN}` } };
const TENANT_ID = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';

function scope() {
  return nock(BASE, AUTH)
    .get('/v1.0/organization')
    .query(true)
    .reply(200, { value: [{ id: TENANT_ID, displayName: 'Contoso', verifiedDomains: [] }] });
}

async function collectOne<K extends M365SectionName>(name: K) {
  const { runtime } = fakeRuntime();
  const tenant = { name: 'contoso', ...m365TenantFields.parse({ tenantId: TENANT_ID, auth: { type: 'token', tokenEnv: 'T' }, endpoints: { graph: BASE } }) };
  const out = await createM365Connector(tenant, runtime).collect({ sections: [name], settings: DEFAULT_TENANT_SETTINGS, log: silentLog });
  return out.sections[name];
}

describe('m365 connector: graphAppRoleAssignments', () => {
  const GRAPH_APP = '00000003-0000-0000-c000-000000000000';
  const RESOURCES = `appId in ('${GRAPH_APP}','00000002-0000-0ff1-ce00-000000000000','00000003-0000-0ff1-ce00-000000000000')`;
  const collectGrants = () => collectOne('graphAppRoleAssignments');

  it('names each permission from the Graph service principal app roles, reading every page of appRoleAssignedTo', async () => {
    scope()
      .get('/v1.0/servicePrincipals')
      .query({ $filter: RESOURCES, $select: 'id,appId,displayName,appRoles' })
      .reply(200, { value: [{ id: 'sp-graph', appId: GRAPH_APP, displayName: 'Microsoft Graph', appRoles: [{ id: 'role-mail', value: 'Mail.Read' }] }] })
      .get('/v1.0/servicePrincipals/sp-graph/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [{ id: 'a-1', principalId: 'sp-vendor', principalDisplayName: 'Vendor app', appRoleId: 'role-mail' }], '@odata.nextLink': `${BASE}/v1.0/servicePrincipals/sp-graph/appRoleAssignedTo?$top=999&$skiptoken=p2` })
      .get('/v1.0/servicePrincipals/sp-graph/appRoleAssignedTo')
      .query({ $top: '999', $skiptoken: 'p2' })
      .reply(200, { value: [{ id: 'a-2', principalId: 'sp-other', appRoleId: 'role-unknown' }] });
    const section = await collectGrants();
    const graph = { resourceAppId: GRAPH_APP, resourceDisplayName: 'Microsoft Graph' };
    expect(section).toEqual({
      status: 'ok',
      data: [
        { id: 'a-1', principalId: 'sp-vendor', principalDisplayName: 'Vendor app', appRoleId: 'role-mail', permission: 'Mail.Read', ...graph },
        { id: 'a-2', principalId: 'sp-other', principalDisplayName: 'sp-other', appRoleId: 'role-unknown', permission: null, ...graph },
      ],
    });
  });

  it('is a section error, not an empty list, when the Microsoft Graph service principal is not found', async () => {
    scope().get('/v1.0/servicePrincipals').query(true).reply(200, { value: [] });
    const section = await collectGrants();
    expect(section).toMatchObject({ status: 'error', error: { code: 'not_found' } });
    expect(section?.status === 'error' ? section.error.message : '').toContain('Microsoft Graph service principal');
  });
});

describe('m365 connector: authenticationMethodsPolicy', () => {
  it('reads the method configurations it is given', async () => {
    scope()
      .get('/v1.0/policies/authenticationMethodsPolicy')
      .reply(200, { id: 'authenticationMethodsPolicy', policyMigrationState: 'migrationComplete', authenticationMethodConfigurations: [{ id: 'Sms', state: 'enabled', includeTargets: [{ targetType: 'group', id: 'all_users' }] }] });
    const section = await collectOne('authenticationMethodsPolicy');
    expect(section).toMatchObject({ status: 'ok', data: { methods: [{ id: 'Sms', state: 'enabled' }] } });
  });

  it('an answer without authenticationMethodConfigurations is a shape error, not "no weak method enabled"', async () => {
    scope().get('/v1.0/policies/authenticationMethodsPolicy').reply(200, { id: 'authenticationMethodsPolicy', policyMigrationState: 'migrationComplete' });
    const section = await collectOne('authenticationMethodsPolicy');
    expect(section).toMatchObject({ status: 'error', error: { code: 'shape', endpoint: 'GET /v1.0/policies/authenticationMethodsPolicy' } });
  });
});
