import { z } from 'zod';
import { ApiShapeError } from '../../../core/errors.js';
import { defineCollector, odata, parseAnswer } from '../collector.js';
import type { GraphReader } from '../graph-reader.js';
import type { RoleManagementPolicy } from '../../../snapshot/m365.js';
import { HIGHLY_PRIVILEGED_ROLES } from '../../../rules/m365/privileged-roles.js';

/**
 * The roles whose PIM settings are read: CISA SCuBA's highly privileged roles (MS.AAD.7.x), the same
 * list the checks judge. One filtered read per role keeps the answer to the policies checks judge.
 */
export const PIM_POLICY_ROLES = HIGHLY_PRIVILEGED_ROLES;

const strings = z.array(z.string()).nullish();

/** Every unifiedRoleManagementPolicyRule subtype in one permissive object; each rule uses its own fields. */
const rule = z.object({
  '@odata.type': z.string().nullish(),
  id: z.string(),
  // unifiedRoleManagementPolicyExpirationRule
  isExpirationRequired: z.boolean().nullish(),
  maximumDuration: z.string().nullish(),
  // unifiedRoleManagementPolicyEnablementRule
  enabledRules: strings,
  // unifiedRoleManagementPolicyAuthenticationContextRule
  isEnabled: z.boolean().nullish(),
  claimValue: z.string().nullish(),
  // unifiedRoleManagementPolicyNotificationRule
  recipientType: z.string().nullish(),
  notificationLevel: z.string().nullish(),
  isDefaultRecipientsEnabled: z.boolean().nullish(),
  notificationRecipients: strings,
  // unifiedRoleManagementPolicyApprovalRule
  setting: z
    .object({
      isApprovalRequired: z.boolean().nullish(),
      approvalStages: z.array(z.object({ primaryApprovers: z.array(z.unknown()).nullish() })).nullish(),
    })
    .nullish(),
});

const assignment = z.object({
  id: z.string(),
  policyId: z.string(),
  roleDefinitionId: z.string().nullish(),
  policy: z.object({ id: z.string(), rules: z.array(rule) }),
});

type Rule = z.infer<typeof rule>;

function toPolicy(role: { templateId: string; name: string }, row: z.infer<typeof assignment>): RoleManagementPolicy {
  const rules = new Map<string, Rule>(row.policy.rules.map((r) => [r.id, r]));
  const approval = rules.get('Approval_EndUser_Assignment');
  const activationExpiry = rules.get('Expiration_EndUser_Assignment');
  const enablement = rules.get('Enablement_EndUser_Assignment');
  const context = rules.get('AuthenticationContext_EndUser_Assignment');
  const activeExpiry = rules.get('Expiration_Admin_Assignment');
  const eligibleExpiry = rules.get('Expiration_Admin_Eligibility');
  const permanent = (r: Rule | undefined) => (r && typeof r.isExpirationRequired === 'boolean' ? !r.isExpirationRequired : null);
  return {
    roleDefinitionId: role.templateId,
    roleName: role.name,
    policyId: row.policyId,
    activation: {
      approvalRequired: approval?.setting?.isApprovalRequired ?? null,
      approverCount: (approval?.setting?.approvalStages ?? []).reduce((n, stage) => n + (stage.primaryApprovers?.length ?? 0), 0),
      maximumDuration: activationExpiry?.maximumDuration ?? null,
      enabledRules: enablement ? (enablement.enabledRules ?? []) : null,
      authenticationContext: context ? { isEnabled: context.isEnabled ?? false, claimValue: context.claimValue ?? null } : null,
    },
    permanentActiveAllowed: permanent(activeExpiry),
    permanentEligibleAllowed: permanent(eligibleExpiry),
    notifications: row.policy.rules
      .filter((r) => r.id.startsWith('Notification_'))
      .map((r) => ({
        id: r.id,
        recipientType: r.recipientType ?? 'Admin',
        notificationLevel: r.notificationLevel ?? 'All',
        isDefaultRecipientsEnabled: r.isDefaultRecipientsEnabled ?? false,
        notificationRecipients: r.notificationRecipients ?? [],
      })),
  };
}

async function readRole(graph: GraphReader, role: { templateId: string; name: string }): Promise<RoleManagementPolicy | null> {
  const filter = `scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${role.templateId}'`;
  const rows = parseAnswer(z.array(assignment), await graph.list(`/policies/roleManagementPolicyAssignments?$filter=${odata(filter)}&$expand=policy($expand=rules)`), 'roleManagementPolicyAssignments');
  if (rows.length > 1) throw new ApiShapeError(`roleManagementPolicyAssignments answered ${rows.length} policies for ${role.name}; expected one`, 'value');
  // A role PIM has no policy for is left out; the checks report it as not assessed rather than guess.
  return rows[0] ? toPolicy(role, rows[0]) : null;
}

/** PIM settings of the highly privileged roles; Entra ID P2 gates the feature (AadPremiumLicenseRequired otherwise). */
export default defineCollector({
  section: 'roleManagementPolicies',
  spec: {
    endpoints: ["GET /v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '{id}'&$expand=policy($expand=rules) (highly privileged roles only, batched)"],
    permissions: ['RoleManagementPolicy.Read.Directory'],
    licence: 'Microsoft Entra ID P2',
    licenceGates: 'feature',
  },
  licensed: (l) => l.entraP2,
  async collect({ graph }) {
    const policies = await Promise.all(PIM_POLICY_ROLES.map((role) => readRole(graph, role)));
    return policies.filter((p): p is RoleManagementPolicy => p !== null);
  },
});
