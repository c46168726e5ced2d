import { describe, expect, it } from 'vitest';
import { m365TenantFields } from '../../../src/connectors/m365/config.js';
import { createM365Connector } from '../../../src/connectors/m365/connector.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, batchRelay, fakeRuntime, graphError, silentLog, skuAnswer, useStrictNock, withLicences } from './graph-nock.js';

useStrictNock();
const TENANT_ID = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const GROUP = '2b5ed229-4072-478d-9504-a047ebd4b07d';
const ELIGIBLE_USER = '3cce9d87-3986-4f19-8335-7ed075408ca2';
const OWNER = '56f2d212-e49c-42e3-8298-0188e5bef094';
const ACTIVE_USER = '6be4b305-b75e-4efc-bfcc-31bd3b53a5f8';
const GROUPS = '/v1.0/groups';
const GROUPS_QUERY = { $filter: 'isAssignableToRole eq true', $select: 'id,displayName', $count: 'true', $top: '999' };
const ELIGIBLE = '/v1.0/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances';
const ACTIVE = '/v1.0/identityGovernance/privilegedAccess/group/assignmentScheduleInstances';
const POLICIES = '/v1.0/policies/roleManagementPolicyAssignments';
const USER_FIELDS = 'id,displayName,userPrincipalName,userType,accountEnabled,onPremisesSyncEnabled,onPremisesImmutableId';

async function collect() {
  const { runtime } = fakeRuntime();
  const tenant = { name: 'contoso', ...m365TenantFields.parse({ tenantId: TENANT_ID, auth: { type: 'token', tokenEnv: 'T' }, endpoints: { graph: BASE } }) };
  return createM365Connector(tenant, runtime).collect({ sections: ['pimGroups'], settings: DEFAULT_TENANT_SETTINGS, log: silentLog });
}

const P2 = skuAnswer(['AAD_PREMIUM', 'AAD_PREMIUM_P2']);

const target = (caller: string, level: string) => ({ caller, operations: ['All'], level, inheritableSettings: [], enforcedSettings: [] });

/** Shaped as policyroot-list-rolemanagementpolicyassignments Example 4 (PIM for groups, $expand=policy($expand=rules)). */
function memberPolicyAnswer(approval: boolean) {
  const policyId = `Group_${GROUP}_c2e2ba31-f113-406b-9e86-4ae08781ce2e`;
  return {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#policies/roleManagementPolicyAssignments(policy(rules()))',
    value: [
      {
        id: `${policyId}_member`,
        policyId,
        scopeId: GROUP,
        scopeType: 'Group',
        roleDefinitionId: 'member',
        policy: {
          id: policyId,
          displayName: 'Group',
          description: 'Group',
          isOrganizationDefault: false,
          scopeId: GROUP,
          scopeType: 'Group',
          lastModifiedDateTime: null,
          lastModifiedBy: { displayName: null, id: null },
          rules: [
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', id: 'Expiration_Admin_Eligibility', isExpirationRequired: true, maximumDuration: 'P365D', target: target('Admin', 'Eligibility') },
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule', id: 'Notification_Admin_Admin_Eligibility', notificationType: 'Email', recipientType: 'Admin', notificationLevel: 'All', isDefaultRecipientsEnabled: true, notificationRecipients: ['secops@contoso.example'], target: target('Admin', 'Eligibility') },
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', id: 'Expiration_EndUser_Assignment', isExpirationRequired: true, maximumDuration: 'PT8H', target: target('EndUser', 'Assignment') },
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule', id: 'Enablement_EndUser_Assignment', enabledRules: ['Justification'], target: target('EndUser', 'Assignment') },
            {
              '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
              id: 'Approval_EndUser_Assignment',
              target: target('EndUser', 'Assignment'),
              setting: { isApprovalRequired: approval, isApprovalRequiredForExtension: false, isRequestorJustificationRequired: true, approvalMode: 'SingleStage', approvalStages: [{ approvalStageTimeOutInDays: 1, isApproverJustificationRequired: true, escalationTimeInMinutes: 0, isEscalationEnabled: false, primaryApprovers: [], escalationApprovers: [] }] },
            },
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule', id: 'Notification_Admin_EndUser_Assignment', notificationType: 'Email', recipientType: 'Admin', notificationLevel: 'All', isDefaultRecipientsEnabled: true, notificationRecipients: [], target: target('EndUser', 'Assignment') },
          ],
        },
      },
    ],
  };
}

/** One role-assignable group "Tier 0" with nothing under PIM; the eligibility list answers as given. */
function groupReads(eligible: { status: number; body: unknown }) {
  withLicences(TENANT_ID, P2)
    .get(GROUPS)
    .query(GROUPS_QUERY)
    .reply(200, { value: [{ id: GROUP, displayName: 'Tier 0' }] })
    .get(ELIGIBLE)
    .query(true)
    .reply(eligible.status, eligible.body as Record<string, unknown>)
    .get(ACTIVE)
    .query(true)
    .reply(200, { value: [] })
    .get(POLICIES)
    .query(true)
    .reply(200, { value: [] });
}

const memberFilter = `scopeId eq '${GROUP}' and scopeType eq 'Group' and roleDefinitionId eq 'member'`;

describe('m365 connector: pimGroups (PIM for Groups)', () => {
  it('reads eligible and active members and the member settings of each role-assignable group, batched, and names the principals', async () => {
    const batch = batchRelay();
    withLicences(TENANT_ID, P2)
      .get(GROUPS)
      .query(GROUPS_QUERY)
      .matchHeader('consistencylevel', 'eventual')
      .reply(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#groups(id,displayName)', '@odata.count': 1, value: [{ id: GROUP, displayName: 'PIM Global Administrators' }] })
      // privilegedaccessgroup-list-eligibilityscheduleinstances example: a member and an owner, eligibilityScheduleId left out as the page does.
      .get(ELIGIBLE)
      .query({ $filter: `groupId eq '${GROUP}'` })
      .reply(200, {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#identityGovernance/privilegedAccess/group/eligibilityScheduleInstances',
        value: [
          { id: `${GROUP}_member_326a4063-93c5-4998-9537-969b8cd50297`, startDateTime: '2023-08-18T00:33:48.8Z', endDateTime: null, accessId: 'member', principalId: ELIGIBLE_USER, groupId: GROUP, memberType: 'Direct' },
          { id: `${GROUP}_owner_d663bb72-3781-4af0-b69b-01f2f0283a96`, startDateTime: '2023-09-06T18:18:03.917Z', endDateTime: null, accessId: 'owner', principalId: OWNER, groupId: GROUP, memberType: 'Direct' },
        ],
      })
      // privilegedaccessgroup-list-assignmentscheduleinstances example: startDateTime may be null.
      .get(ACTIVE)
      .query({ $filter: `groupId eq '${GROUP}'` })
      .reply(200, {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#identityGovernance/privilegedAccess/group/assignmentScheduleInstances',
        value: [{ id: `${GROUP}_member_dce168aa-2909-4f10-8cc9-c98e82d8b507`, principalId: ACTIVE_USER, startDateTime: null, endDateTime: null, assignmentType: 'Assigned', accessId: 'member', groupId: GROUP, memberType: 'Direct', assignmentScheduleId: `${GROUP}_member_dce168aa-2909-4f10-8cc9-c98e82d8b507` }],
      })
      .get(POLICIES)
      .query({ $filter: memberFilter, $expand: 'policy($expand=rules)' })
      .reply(200, memberPolicyAnswer(false))
      // One filtered read names both users; the owner is a group, so /users leaves it out and the directory object names it.
      .get('/v1.0/users')
      .query({ $filter: `id in ('${ELIGIBLE_USER}','${OWNER}','${ACTIVE_USER}')`, $select: USER_FIELDS })
      .reply(200, {
        '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users(${USER_FIELDS})`,
        value: [
          { id: ELIGIBLE_USER, displayName: 'Pat Eligible', userPrincipalName: 'pat@contoso.example', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null, onPremisesImmutableId: null },
          { id: ACTIVE_USER, displayName: 'Ari Active', userPrincipalName: 'ari@contoso.example', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null, onPremisesImmutableId: null },
        ],
      })
      .get(`/v1.0/directoryObjects/${OWNER}`)
      .reply(200, { '@odata.type': '#microsoft.graph.group', id: OWNER, displayName: 'Group owners' });

    const out = await collect();
    const section = out.sections.pimGroups;
    if (section?.status !== 'ok') throw new Error(JSON.stringify(section));
    expect(section.data).toHaveLength(1);
    const [group] = section.data;
    expect(group).toMatchObject({ groupId: GROUP, displayName: 'PIM Global Administrators' });
    expect(group!.eligible).toEqual([
      { id: `${GROUP}_member_326a4063-93c5-4998-9537-969b8cd50297`, principalId: ELIGIBLE_USER, principal: { id: ELIGIBLE_USER, type: 'user', displayName: 'Pat Eligible', userPrincipalName: 'pat@contoso.example', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null, onPremisesImmutableId: null }, accessId: 'member', memberType: 'Direct', assignmentType: null, startDateTime: '2023-08-18T00:33:48.8Z', endDateTime: null },
      expect.objectContaining({ accessId: 'owner', principal: { id: OWNER, type: 'group', displayName: 'Group owners', members: null } }),
    ]);
    expect(group!.active).toEqual([expect.objectContaining({ principalId: ACTIVE_USER, assignmentType: 'Assigned', startDateTime: null, principal: expect.objectContaining({ userPrincipalName: 'ari@contoso.example' }) })]);
    expect(group!.memberPolicy).toMatchObject({ policyId: `Group_${GROUP}_c2e2ba31-f113-406b-9e86-4ae08781ce2e`, activation: { approvalRequired: false, maximumDuration: 'PT8H' }, permanentEligibleAllowed: false });
    expect(group!.memberPolicy!.notifications.find((n) => n.id === 'Notification_Admin_EndUser_Assignment')).toMatchObject({ notificationRecipients: [] });
    // The three per-group reads share one $batch; the filters travel percent-encoded.
    expect(batch.sizes[0]).toBe(3);
    expect(batch.urls.some((url) => url.includes('eligibilityScheduleInstances?$filter=groupId%20eq%20%27'))).toBe(true);
  });

  it('a group PIM has no member settings for keeps memberPolicy null', async () => {
    batchRelay();
    groupReads({ status: 200, body: { value: [] } });
    const out = await collect();
    expect(out.sections.pimGroups).toEqual({ status: 'ok', data: [{ groupId: GROUP, displayName: 'Tier 0', eligible: [], active: [], memberPolicy: null }] });
  });

  it('a 403 on the eligibility list names the PIM for Groups permission', async () => {
    batchRelay();
    groupReads({ status: 403, body: graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.') });
    const out = await collect();
    expect(out.sections.pimGroups).toMatchObject({ status: 'error', error: { code: 'permission', permission: expect.stringContaining('PrivilegedEligibilitySchedule.Read.AzureADGroup') } });
  });

  it('without Entra ID P2 nothing is requested and the section is a licence gap', async () => {
    withLicences(TENANT_ID, skuAnswer(['AAD_PREMIUM']));
    const out = await collect();
    expect(out.sections.pimGroups).toMatchObject({ status: 'error', error: { code: 'licence', licence: 'Microsoft Entra ID P2', featureUnlicensed: true } });
  });
});
