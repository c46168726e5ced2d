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
const U1 = '0a1b2c3d-0000-4000-8000-000000000001';
const U2 = '0a1b2c3d-0000-4000-8000-000000000002';
const GDAP = '0a1b2c3d-0000-4000-8000-0000000000fd';
const usersIn = (ids: string[]) => ({ $filter: `id in (${ids.map((id) => `'${id}'`).join(',')})`, $select: USER_FIELDS });
const usersAnswer = (value: object[]) => ({ '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users(${USER_FIELDS})`, value });

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
          { id: 'ra-1', principalId: U1, roleDefinitionId: GA, directoryScopeId: '/', principal: { '@odata.type': '#microsoft.graph.user', id: U1, displayName: 'Adele' } },
          { id: 'ra-2', principalId: 'g-1', roleDefinitionId: GA, directoryScopeId: '/', principal: { '@odata.type': '#microsoft.graph.group', id: 'g-1', displayName: 'Tier 0 admins' } },
        ],
      })
      .get('/v1.0/roleManagement/directory/roleEligibilityScheduleInstances')
      .query(true)
      .reply(200, { value: [] })
      .get('/v1.0/users')
      .query(usersIn([U1]))
      .reply(200, usersAnswer([{ id: U1, displayName: 'Adele', userPrincipalName: 'adele@contoso.example', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null, onPremisesImmutableId: null }]))
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
    expect(rows.find((r) => r.principalId === U1)!.principal).toMatchObject({ type: 'user', userPrincipalName: 'adele@contoso.example' });
    expect(rows.find((r) => r.principalId === U1)!.principal).not.toHaveProperty('members');
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
      .reply(200, { value: [{ id: 'ra-1', principalId: U1, roleDefinitionId: GA, directoryScopeId: '/', principal: { '@odata.type': '#microsoft.graph.user', id: U1, displayName: 'Adele' } }] })
      .get('/v1.0/roleManagement/directory/roleEligibilityScheduleInstances')
      .query(true)
      .reply(400, graphError('AadPremiumLicenseRequired', 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.'))
      .get('/v1.0/users')
      .query(usersIn([U1]))
      .reply(200, usersAnswer([{ id: U1, userPrincipalName: 'adele@contoso.example' }]));
    const rows = data(await collectRoles());
    expect(rows.map((r) => [r.principalId, r.assignment])).toEqual([[U1, 'active']]);
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
      .reply(200, { value: [{ id: 'el-1', principalId: U2, roleDefinitionId: GA, directoryScopeId: '/' }] })
      .get('/v1.0/users')
      .query(usersIn([U2]))
      .reply(200, usersAnswer([{ id: U2, userPrincipalName: 'alex@contoso.example', onPremisesSyncEnabled: true }]));
    const rows = data(await collectRoles());
    expect(rows).toEqual([expect.objectContaining({ principalId: U2, assignment: 'eligible', roleName: 'Global Administrator', principal: expect.objectContaining({ userPrincipalName: 'alex@contoso.example', onPremisesSyncEnabled: true }) })]);
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
      .reply(200, { value: [{ id: 'ra-f', principalId: GDAP, roleDefinitionId: GA, directoryScopeId: '/', principal: null }] })
      // $filter leaves out what matches nothing: the partner's id is simply not in the answer.
      .get('/v1.0/users')
      .query(usersIn([GDAP]))
      .reply(200, usersAnswer([]))
      .get(`/v1.0/directoryObjects/${GDAP}`)
      .reply(404, graphError('Request_ResourceNotFound', `Resource '${GDAP}' does not exist.`));
    const rows = data(await collectRoles());
    expect(rows).toEqual([expect.objectContaining({ principalId: GDAP, principal: null })]);
  });
});

describe('m365 connector: roleAssignments reads role holders 15 to a filtered GET', () => {
  const holder = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const HOLDERS = Array.from({ length: 40 }, (_, i) => holder(i + 1));
  const assignments = (ids: string[]): { value: object[] } => ({ value: ids.map((id, i) => ({ id: `ra-${i}`, principalId: id, roleDefinitionId: GA, directoryScopeId: '/', principal: { '@odata.type': '#microsoft.graph.user', id, displayName: `Holder ${i}` } })) });
  const user = (id: string, synced: boolean) => ({ id, displayName: id, userPrincipalName: `${id}@contoso.example`, userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: synced ? true : null, onPremisesImmutableId: synced ? 'bzH8xM0nWkKzQ0gq9c7uVg==' : null });

  function holderReads(rows: ReturnType<typeof assignments>, plans = ['AAD_PREMIUM']) {
    return scope()
      .get('/v1.0/subscribedSkus')
      .query(true)
      .reply(200, skus(plans))
      .get('/v1.0/roleManagement/directory/roleDefinitions')
      .query(true)
      .reply(200, DEFINITIONS)
      .get('/v1.0/roleManagement/directory/roleAssignments')
      .query(true)
      .reply(200, rows);
  }

  it('40 holders take three GETs (15 + 15 + 10) inside one $batch, with the selected on-premises fields', async () => {
    const batch = batchRelay();
    const sorted = [...HOLDERS].sort();
    holderReads(assignments([...HOLDERS].reverse()))
      .get('/v1.0/users')
      .query(usersIn(sorted.slice(0, 15)))
      .reply(200, usersAnswer(sorted.slice(0, 15).map((id) => user(id, true))))
      .get('/v1.0/users')
      .query(usersIn(sorted.slice(15, 30)))
      .reply(200, usersAnswer(sorted.slice(15, 30).map((id) => user(id, false))))
      .get('/v1.0/users')
      .query(usersIn(sorted.slice(30)))
      .reply(200, usersAnswer(sorted.slice(30).map((id) => user(id, false))));
    const rows = data(await collectRoles());
    expect(rows).toHaveLength(40);
    expect(rows.filter((r) => r.principal?.onPremisesImmutableId === 'bzH8xM0nWkKzQ0gq9c7uVg==').map((r) => r.principalId).sort()).toEqual(sorted.slice(0, 15));
    expect(rows.every((r) => r.principal?.type === 'user' && r.principal.userPrincipalName === `${r.principalId}@contoso.example`)).toBe(true);
    // One $batch carries the three look-ups (a per-holder GET would have taken 40 sub-requests in two).
    expect(batch.urls.filter((url) => url.startsWith('/v1.0/users?'))).toHaveLength(3);
    expect(batch.sizes).toContain(3);
  });

  it('a holder missing from the answer (deleted, or not a user) is looked up as a directory object; a 404 there leaves it unresolved', async () => {
    batchRelay();
    const [present, gone, app] = [holder(1), holder(2), holder(3)];
    holderReads(assignments([]), ['AAD_PREMIUM', 'AAD_PREMIUM_P2'])
      .get('/v1.0/roleManagement/directory/roleEligibilityScheduleInstances')
      .query(true)
      .reply(200, { value: [present, gone, app].map((id, i) => ({ id: `el-${i}`, principalId: id, roleDefinitionId: GA, directoryScopeId: '/' })) })
      .get('/v1.0/users')
      .query(usersIn([present, gone, app]))
      .reply(200, usersAnswer([user(present, false)]))
      .get(`/v1.0/directoryObjects/${gone}`)
      .reply(404, graphError('Request_ResourceNotFound', `Resource '${gone}' does not exist.`))
      .get(`/v1.0/directoryObjects/${app}`)
      .reply(200, { '@odata.type': '#microsoft.graph.servicePrincipal', id: app, displayName: 'Automation', appId: '1b2c3d4e-0000-4000-8000-000000000001' });
    const byId = new Map(data(await collectRoles()).map((r) => [r.principalId, r.principal]));
    expect(byId.get(present)).toMatchObject({ type: 'user', userPrincipalName: `${present}@contoso.example` });
    expect(byId.get(gone)).toBeNull();
    expect(byId.get(app)).toMatchObject({ type: 'servicePrincipal', appId: '1b2c3d4e-0000-4000-8000-000000000001' });
  });

  it('an id that is no object id never joins a filter (it would fail the other fourteen): it is read as a directory object', async () => {
    batchRelay();
    holderReads({ value: [{ id: 'ra-x', principalId: 'not-a-guid', roleDefinitionId: GA, directoryScopeId: '/', principal: null }] })
      .get('/v1.0/directoryObjects/not-a-guid')
      .reply(200, { '@odata.type': '#microsoft.graph.servicePrincipal', id: 'not-a-guid', displayName: 'Odd', appId: null });
    const rows = data(await collectRoles());
    expect(rows[0]!.principal).toMatchObject({ type: 'servicePrincipal', displayName: 'Odd' });
  });

  it('a 403 on the look-up fails the section with the permission, not a verdict on fewer holders', async () => {
    batchRelay();
    holderReads(assignments(HOLDERS.slice(0, 2)))
      .get('/v1.0/users')
      .query(true)
      .reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
    const section = await collectRoles();
    expect(section).toMatchObject({ status: 'error', error: { code: 'permission' } });
    expect(section?.status === 'error' && section.error.message).toContain('User.Read.All');
  });

  it('a 200 without the documented collection body fails the section', async () => {
    batchRelay();
    holderReads(assignments(HOLDERS.slice(0, 2)))
      .get('/v1.0/users')
      .query(true)
      .reply(200, { id: HOLDERS[0] });
    const section = await collectRoles();
    expect(section?.status).toBe('error');
    expect(section?.status === 'error' && section.error.message).toMatch(/value/);
  });
});
