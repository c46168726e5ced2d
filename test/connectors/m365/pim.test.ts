import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { PIM_POLICY_ROLES } from '../../../src/connectors/m365/collectors/role-management-policies.js';
import { m365TenantFields } from '../../../src/connectors/m365/config.js';
import { createM365Connector } from '../../../src/connectors/m365/connector.js';
import type { M365SectionName } from '../../../src/snapshot/m365.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { HIGHLY_PRIVILEGED_ROLES } from '../../../src/rules/m365/privileged-roles.js';
import { BASE, batchRelay, fakeRuntime, graphError, silentLog, skuAnswer, useStrictNock, withLicences as withLicencesOf } from './graph-nock.js';

useStrictNock();
const TENANT_ID = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const GA = '62e90394-69f5-4237-9190-012177145e10';
const PRA = 'e8611ab8-c189-46e8-94e1-60213ab1f814';
const SCHEDULE_FIELDS = 'id,principalId,roleDefinitionId,directoryScopeId,assignmentType,memberType,startDateTime,endDateTime';
const SCHEDULES = '/v1.0/roleManagement/directory/roleAssignmentScheduleInstances';
const POLICIES = '/v1.0/policies/roleManagementPolicyAssignments';

async function collect(sections: M365SectionName[]) {
  const { runtime } = fakeRuntime();
  const tenant = { name: 'contoso', ...m365TenantFields.parse({ tenantId: TENANT_ID, auth: { type: 'token', tokenEnv: 'T' }, endpoints: { graph: BASE } }) };
  return createM365Connector(tenant, runtime).collect({ sections, settings: DEFAULT_TENANT_SETTINGS, log: silentLog });
}

const P2 = skuAnswer(['AAD_PREMIUM', 'AAD_PREMIUM_P2']);
const P1_ONLY = skuAnswer(['AAD_PREMIUM', 'EXCHANGE_S_ENTERPRISE']);
const withLicences = (answer: unknown, status = 200) => withLicencesOf(TENANT_ID, answer, status);

const policyFilter = (roleId: string) => `scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${roleId}'`;

const target = (caller: string, level: string) => ({ caller, operations: ['all'], level, inheritableSettings: [], enforcedSettings: [] });
const notification = (id: string, recipientType: string, caller: string, level: string, extra: Record<string, unknown> = {}) => ({
  '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule',
  id,
  notificationType: 'Email',
  recipientType,
  notificationLevel: 'All',
  isDefaultRecipientsEnabled: true,
  notificationRecipients: [],
  target: target(caller, level),
  ...extra,
});

/** A documented-shape answer (policyroot-list-rolemanagementpolicyassignments, Example 2) for one role. */
function policyAnswer(roleId: string, options: { approval?: boolean; duration?: string; mfa?: boolean; activationAlertRecipients?: string[]; defaultRecipients?: boolean } = {}) {
  const policyId = `DirectoryRole_${TENANT_ID}_${roleId.slice(0, 8)}`;
  return {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#policies/roleManagementPolicyAssignments(policy(rules()))',
    value: [
      {
        id: `${policyId}_${roleId}`,
        policyId,
        scopeId: '/',
        scopeType: 'DirectoryRole',
        roleDefinitionId: roleId,
        policy: {
          id: policyId,
          displayName: 'DirectoryRole',
          isOrganizationDefault: false,
          scopeId: '/',
          scopeType: 'DirectoryRole',
          rules: [
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', id: 'Expiration_Admin_Eligibility', isExpirationRequired: true, maximumDuration: 'P365D', target: target('Admin', 'Eligibility') },
            notification('Notification_Admin_Admin_Eligibility', 'Admin', 'Admin', 'Eligibility'),
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', id: 'Expiration_Admin_Assignment', isExpirationRequired: false, maximumDuration: 'P180D', target: target('Admin', 'Assignment') },
            notification('Notification_Admin_Admin_Assignment', 'Admin', 'Admin', 'Assignment'),
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', id: 'Expiration_EndUser_Assignment', isExpirationRequired: true, maximumDuration: options.duration ?? 'PT8H', target: target('EndUser', 'Assignment') },
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule', id: 'Enablement_EndUser_Assignment', enabledRules: options.mfa === false ? ['Justification'] : ['MultiFactorAuthentication', 'Justification'], target: target('EndUser', 'Assignment') },
            {
              '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
              id: 'Approval_EndUser_Assignment',
              target: target('EndUser', 'Assignment'),
              setting: {
                isApprovalRequired: options.approval ?? true,
                isApprovalRequiredForExtension: false,
                isRequestorJustificationRequired: true,
                approvalMode: 'SingleStage',
                approvalStages: [{ approvalStageTimeOutInDays: 1, isApproverJustificationRequired: true, escalationTimeInMinutes: 0, isEscalationEnabled: false, primaryApprovers: [{ '@odata.type': '#microsoft.graph.singleUser', userId: 'u-1' }], escalationApprovers: [] }],
              },
            },
            { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule', id: 'AuthenticationContext_EndUser_Assignment', isEnabled: false, claimValue: null, target: target('EndUser', 'Assignment') },
            notification('Notification_Admin_EndUser_Assignment', 'Admin', 'EndUser', 'Assignment', { notificationRecipients: options.activationAlertRecipients ?? [], isDefaultRecipientsEnabled: options.defaultRecipients ?? true }),
          ],
        },
      },
    ],
  };
}

describe('m365 connector: roleManagementPolicies', () => {
  it('reads the highly privileged roles the checks judge (SCuBA\'s list)', () => {
    expect(PIM_POLICY_ROLES.map((r) => [r.templateId, r.name])).toEqual(HIGHLY_PRIVILEGED_ROLES.map((r) => [r.templateId, r.name]));
  });

  it('asks once per role with the $filter and nested $expand, batched, and reads the rules checks judge', async () => {
    const batch = batchRelay();
    const scope = withLicences(P2);
    for (const role of PIM_POLICY_ROLES) {
      const answer = role.templateId === GA ? policyAnswer(GA, { approval: false, duration: 'PT10H', activationAlertRecipients: ['secops@contoso.example'], defaultRecipients: false }) : policyAnswer(role.templateId, { mfa: role.templateId !== PRA });
      scope.get(POLICIES).query({ $filter: policyFilter(role.templateId), $expand: 'policy($expand=rules)' }).reply(200, answer);
    }
    const out = await collect(['roleManagementPolicies']);
    const section = out.sections.roleManagementPolicies;
    if (section?.status !== 'ok') throw new Error(JSON.stringify(section));
    expect(section.data).toHaveLength(8);
    expect(batch.sizes).toEqual([8]);
    // The filter travels percent-encoded, quotes included, inside the $batch sub-request URL.
    expect(batch.urls.every((url) => url.includes("%27%2F%27") && url.includes('$expand=policy($expand=rules)'))).toBe(true);
    const ga = section.data.find((p) => p.roleDefinitionId === GA)!;
    expect(ga).toMatchObject({
      roleName: 'Global Administrator',
      policyId: `DirectoryRole_${TENANT_ID}_62e90394`,
      activation: { approvalRequired: false, approverCount: 1, maximumDuration: 'PT10H', enabledRules: ['MultiFactorAuthentication', 'Justification'], authenticationContext: { isEnabled: false, claimValue: null } },
      permanentActiveAllowed: true,
      permanentEligibleAllowed: false,
    });
    expect(ga.notifications.find((n) => n.id === 'Notification_Admin_EndUser_Assignment')).toEqual({ id: 'Notification_Admin_EndUser_Assignment', recipientType: 'Admin', notificationLevel: 'All', isDefaultRecipientsEnabled: false, notificationRecipients: ['secops@contoso.example'] });
    expect(section.data.find((p) => p.roleDefinitionId === PRA)!.activation.enabledRules).toEqual(['Justification']);
  });

  it('leaves out a role Graph returns no policy for, and keeps a missing rule as null', async () => {
    batchRelay();
    const scope = withLicences(P2);
    for (const role of PIM_POLICY_ROLES) {
      let answer: unknown = policyAnswer(role.templateId);
      if (role.templateId === PRA) answer = { value: [] };
      if (role.templateId === GA) {
        const body = policyAnswer(GA);
        body.value[0]!.policy.rules = body.value[0]!.policy.rules.filter((r) => r.id !== 'Approval_EndUser_Assignment');
        answer = body;
      }
      scope.get(POLICIES).query({ $filter: policyFilter(role.templateId), $expand: 'policy($expand=rules)' }).reply(200, answer as nock.Body);
    }
    const out = await collect(['roleManagementPolicies']);
    const section = out.sections.roleManagementPolicies;
    if (section?.status !== 'ok') throw new Error(JSON.stringify(section));
    expect(section.data.map((p) => p.roleDefinitionId)).not.toContain(PRA);
    expect(section.data.find((p) => p.roleDefinitionId === GA)!.activation).toMatchObject({ approvalRequired: null, approverCount: 0 });
  });

  it('a policy answer without the expanded rules is a shape error, not an empty policy', async () => {
    batchRelay();
    const scope = withLicences(P2);
    for (const role of PIM_POLICY_ROLES) {
      const body = policyAnswer(role.templateId) as { value: Record<string, unknown>[] };
      if (role.templateId === GA) delete body.value[0]!.policy;
      scope.get(POLICIES).query({ $filter: policyFilter(role.templateId), $expand: 'policy($expand=rules)' }).reply(200, body);
    }
    const out = await collect(['roleManagementPolicies']);
    expect(out.sections.roleManagementPolicies).toMatchObject({ status: 'error', error: { code: 'shape', message: expect.stringContaining('roleManagementPolicyAssignments') } });
  });
});

describe('m365 connector: roleAssignmentSchedules', () => {
  it('selects the fields it needs and follows @odata.nextLink to the end', async () => {
    withLicences(P2)
      .get(SCHEDULES)
      .query({ $select: SCHEDULE_FIELDS })
      .reply(200, {
        value: [{ id: 'i-1', principalId: 'u-1', roleDefinitionId: GA, directoryScopeId: '/', appScopeId: null, startDateTime: null, endDateTime: null, assignmentType: 'Assigned', memberType: 'Direct' }],
        '@odata.nextLink': `${BASE}${SCHEDULES}?$select=${SCHEDULE_FIELDS}&$skiptoken=page2`,
      })
      .get(SCHEDULES)
      .query({ $select: SCHEDULE_FIELDS, $skiptoken: 'page2' })
      .reply(200, { value: [{ id: 'i-2', principalId: 'u-2', roleDefinitionId: GA, directoryScopeId: '/', startDateTime: '2026-01-12T07:55:00Z', endDateTime: '2026-01-12T15:55:00Z', assignmentType: 'Activated', memberType: 'Direct' }] });
    const out = await collect(['roleAssignmentSchedules']);
    expect(out.sections.roleAssignmentSchedules).toEqual({
      status: 'ok',
      data: [
        { id: 'i-1', principalId: 'u-1', roleDefinitionId: GA, directoryScopeId: '/', assignmentType: 'Assigned', memberType: 'Direct', startDateTime: null, endDateTime: null },
        { id: 'i-2', principalId: 'u-2', roleDefinitionId: GA, directoryScopeId: '/', assignmentType: 'Activated', memberType: 'Direct', startDateTime: '2026-01-12T07:55:00Z', endDateTime: '2026-01-12T15:55:00Z' },
      ],
    });
  });

  it('a 403 names the permission to grant', async () => {
    withLicences(P2).get(SCHEDULES).query(true).reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
    const out = await collect(['roleAssignmentSchedules']);
    expect(out.sections.roleAssignmentSchedules).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'RoleAssignmentSchedule.Read.Directory', message: expect.stringContaining('RoleAssignmentSchedule.Read.Directory') } });
  });
});

describe('m365 connector: PIM without Entra ID P2', () => {
  it('when the licences show no P2, neither PIM endpoint is requested and both sections are licence errors (feature unlicensed)', async () => {
    withLicences(P1_ONLY);
    // Strict nock: any request to the PIM endpoints would be unmatched.
    const out = await collect(['roleAssignmentSchedules', 'roleManagementPolicies']);
    for (const name of ['roleAssignmentSchedules', 'roleManagementPolicies'] as const) {
      expect(out.sections[name], name).toMatchObject({ status: 'error', error: { code: 'licence', licence: 'Microsoft Entra ID P2', featureUnlicensed: true } });
    }
  });

  it('when the licences cannot be read, Graph\'s 400 AadPremiumLicenseRequired becomes a licence error, not a permission or API error', async () => {
    batchRelay();
    const scope = withLicences(graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'), 403)
      .get(SCHEDULES)
      .query(true)
      .reply(400, graphError('AadPremiumLicenseRequired', 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.'));
    for (const role of PIM_POLICY_ROLES) {
      scope.get(POLICIES).query({ $filter: policyFilter(role.templateId), $expand: 'policy($expand=rules)' }).reply(400, graphError('AadPremiumLicenseRequired', 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.'));
    }
    const out = await collect(['roleAssignmentSchedules', 'roleManagementPolicies']);
    for (const name of ['roleAssignmentSchedules', 'roleManagementPolicies'] as const) {
      expect(out.sections[name], name).toMatchObject({ status: 'error', error: { code: 'licence', licence: 'Microsoft Entra ID P2', featureUnlicensed: true, httpStatus: 400 } });
    }
  });
});
