import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { m365TenantFields } from '../../../src/connectors/m365/config.js';
import { createM365Connector } from '../../../src/connectors/m365/connector.js';
import type { RoleAssignment } from '../../../src/snapshot/m365.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, TOKEN, batchRelay, fakeRuntime, graphError, silentLog, useStrictNock } from './graph-nock.js';

useStrictNock();
const AUTH = { reqheaders: { authorization: `Bearer ${TOKEN}` } };
const TENANT_ID = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const GA = '62e90394-69f5-4237-9190-012177145e10';
const USER_FIELDS = 'id,displayName,userPrincipalName,userType,accountEnabled,onPremisesSyncEnabled,onPremisesImmutableId';

async function collectRoles() {
  const { runtime } = fakeRuntime();
  const tenant = { name: 'contoso', ...m365TenantFields.parse({ tenantId: TENANT_ID, auth: { type: 'token', tokenEnv: 'T' }, endpoints: { graph: BASE } }) };
  const out = await createM365Connector(tenant, runtime).collect({ sections: ['roleAssignments'], settings: DEFAULT_TENANT_SETTINGS, log: silentLog });
  const section = out.sections.roleAssignments;
  return section;
}

function data(section: Awaited<ReturnType<typeof collectRoles>>): RoleAssignment[] {
  if (section?.status !== 'ok') throw new Error(`roleAssignments not read: ${JSON.stringify(section)}`);
  return section.data;
}

const skus = (plans: string[]) => ({ value: [{ skuId: '00000000-0000-4000-8000-0000000000aa', skuPartNumber: 'SKU', capabilityStatus: 'Enabled', servicePlans: plans.map((servicePlanName) => ({ servicePlanName, provisioningStatus: 'Success' })) }] });

const DEFINITIONS = { value: [{ id: GA, displayName: 'Global Administrator', templateId: GA }] };

function scope() {
  return nock(BASE, AUTH)
    .get('/v1.0/organization')
    .query(true)
    .reply(200, { value: [{ id: TENANT_ID, displayName: 'Contoso', verifiedDomains: [] }] });
}

describe('m365 connector: roleAssignments', () => {
  it('expands a role-assignable group to its transitive member users, following paging', async () => {
    batchRelay();
    scope()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(200, skus(['AAD_PREMIUM', 'AAD_PREMIUM_P2']))
      .get('/v1.0/roleManagement/directory/roleDefinitions')
      .query(true)
      .reply(200, DEFINITIONS)
      .get('/v1.0/roleManagement/directory/roleAssignments')
      .query({ $expand: 'principal' })
      .reply(200, {
        value: [
          { id: 'ra-1', principalId: 'u-1', roleDefinitionId: GA, directoryScopeId: '/', principal: { '@odata.type': '#microsoft.graph.user', id: 'u-1', displayName: 'Adele' } },
          { id: 'ra-2', principalId: 'g-1', roleDefinitionId: GA, directoryScopeId: '/', principal: { '@odata.type': '#microsoft.graph.group', id: 'g-1', displayName: 'Tier 0 admins' } },
        ],
      })
      .get('/v1.0/roleManagement/directory/roleEligibilityScheduleInstances')
      .query(true)
      .reply(200, { value: [] })
      .get('/v1.0/users/u-1')
      .query({ $select: USER_FIELDS })
      .reply(200, { id: 'u-1', displayName: 'Adele', userPrincipalName: 'adele@contoso.example', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null })
      .get('/v1.0/groups/g-1/transitiveMembers')
      .query({ $select: USER_FIELDS, $top: '999' })
      .reply(200, {
        value: [
          { '@odata.type': '#microsoft.graph.user', id: 'm-1', displayName: 'Sam', userPrincipalName: 'sam@contoso.example', userType: 'Member', onPremisesSyncEnabled: true },
          { '@odata.type': '#microsoft.graph.group', id: 'g-nested', displayName: 'Nested' },
        ],
        '@odata.nextLink': `${BASE}/v1.0/groups/g-1/transitiveMembers?$select=${USER_FIELDS}&$top=999&$skiptoken=p2`,
      })
      .get('/v1.0/groups/g-1/transitiveMembers')
      .query({ $select: USER_FIELDS, $top: '999', $skiptoken: 'p2' })
      .reply(200, { value: [{ '@odata.type': '#microsoft.graph.user', id: 'm-2', displayName: 'Gail', userPrincipalName: 'gail_partner.example#EXT#@contoso.onmicrosoft.com', userType: 'Guest' }] });

    const rows = data(await collectRoles());
    const group = rows.find((r) => r.principalId === 'g-1')!.principal!;
    expect(group.type).toBe('group');
    expect(group.members?.map((m) => [m.userPrincipalName, m.userType, m.onPremisesSyncEnabled])).toEqual([
      ['sam@contoso.example', 'Member', true],
      ['gail_partner.example#EXT#@contoso.onmicrosoft.com', 'Guest', null],
    ]);
    expect(rows.find((r) => r.principalId === 'u-1')!.principal).toMatchObject({ type: 'user', userPrincipalName: 'adele@contoso.example' });
    expect(rows.find((r) => r.principalId === 'u-1')!.principal).not.toHaveProperty('members');
  });

  it('keeps a group it may not list (403) with members null instead of failing the section', async () => {
    batchRelay();
    scope()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(200, skus(['AAD_PREMIUM']))
      .get('/v1.0/roleManagement/directory/roleDefinitions')
      .query(true)
      .reply(200, DEFINITIONS)
      .get('/v1.0/roleManagement/directory/roleAssignments')
      .query(true)
      .reply(200, { value: [{ id: 'ra-2', principalId: 'g-1', roleDefinitionId: GA, directoryScopeId: '/', principal: { '@odata.type': '#microsoft.graph.group', id: 'g-1', displayName: 'Tier 0 admins' } }] })
      .get('/v1.0/groups/g-1/transitiveMembers')
      .query(true)
      .reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
    // No P2 plan: the eligibility schedule is never requested (strict nock would flag it).
    const rows = data(await collectRoles());
    expect(rows).toHaveLength(1);
    expect(rows[0]!.principal).toMatchObject({ type: 'group', members: null });
  });

  it('when the licences cannot be read, still reads PIM eligibility, and a licence answer there means none', async () => {
    batchRelay();
    scope()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'))
      .get('/v1.0/roleManagement/directory/roleDefinitions')
      .query(true)
      .reply(200, DEFINITIONS)
      .get('/v1.0/roleManagement/directory/roleAssignments')
      .query(true)
      .reply(200, { value: [{ id: 'ra-1', principalId: 'u-1', roleDefinitionId: GA, directoryScopeId: '/', principal: { '@odata.type': '#microsoft.graph.user', id: 'u-1', displayName: 'Adele' } }] })
      .get('/v1.0/roleManagement/directory/roleEligibilityScheduleInstances')
      .query(true)
      .reply(400, graphError('AadPremiumLicenseRequired', 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.'))
      .get('/v1.0/users/u-1')
      .query(true)
      .reply(200, { id: 'u-1', userPrincipalName: 'adele@contoso.example' });
    const rows = data(await collectRoles());
    expect(rows.map((r) => [r.principalId, r.assignment])).toEqual([['u-1', 'active']]);
  });

  it('when the licences cannot be read, eligible holders are still counted (no silent undercount)', async () => {
    batchRelay();
    scope()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'))
      .get('/v1.0/roleManagement/directory/roleDefinitions')
      .query(true)
      .reply(200, DEFINITIONS)
      .get('/v1.0/roleManagement/directory/roleAssignments')
      .query(true)
      .reply(200, { value: [] })
      .get('/v1.0/roleManagement/directory/roleEligibilityScheduleInstances')
      .query(true)
      .reply(200, { value: [{ id: 'el-1', principalId: 'u-2', roleDefinitionId: GA, directoryScopeId: '/' }] })
      .get('/v1.0/users/u-2')
      .query(true)
      .reply(200, { id: 'u-2', userPrincipalName: 'alex@contoso.example', onPremisesSyncEnabled: true });
    const rows = data(await collectRoles());
    expect(rows).toEqual([expect.objectContaining({ principalId: 'u-2', assignment: 'eligible', roleName: 'Global Administrator', principal: expect.objectContaining({ userPrincipalName: 'alex@contoso.example', onPremisesSyncEnabled: true }) })]);
  });

  it('a GDAP partner principal that answers 404 everywhere stays unresolved; other errors fail the section', async () => {
    batchRelay();
    scope()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(200, skus(['AAD_PREMIUM']))
      .get('/v1.0/roleManagement/directory/roleDefinitions')
      .query(true)
      .reply(200, DEFINITIONS)
      .get('/v1.0/roleManagement/directory/roleAssignments')
      .query(true)
      .reply(200, { value: [{ id: 'ra-f', principalId: 'gdap-1', roleDefinitionId: GA, directoryScopeId: '/', principal: null }] })
      .get('/v1.0/users/gdap-1')
      .query(true)
      .reply(404, graphError('Request_ResourceNotFound', "Resource 'gdap-1' does not exist."))
      .get('/v1.0/directoryObjects/gdap-1')
      .reply(404, graphError('Request_ResourceNotFound', "Resource 'gdap-1' does not exist."));
    const rows = data(await collectRoles());
    expect(rows).toEqual([expect.objectContaining({ principalId: 'gdap-1', principal: null })]);
  });
});
