import { z } from 'zod';
import type { PimSettings } from '../../snapshot/m365.js';

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

/** A unifiedRoleManagementPolicyAssignment read with $expand=policy($expand=rules). */
export const policyAssignment = z.object({
  id: z.string(),
  policyId: z.string(),
  roleDefinitionId: z.string().nullish(),
  policy: z.object({ id: z.string(), rules: z.array(rule) }),
});

export type PolicyAssignment = z.infer<typeof policyAssignment>;
type Rule = z.infer<typeof rule>;

/** The rules checks judge, by their documented ids; directory roles and group memberships share them. */
export function pimSettingsOf(row: PolicyAssignment): PimSettings {
  const rules = new Map<string, Rule>(row.policy.rules.map((r) => [r.id, r]));
  const approval = rules.get('Approval_EndUser_Assignment');
  const activationExpiry = rules.get('Expiration_EndUser_Assignment');
  const enablement = rules.get('Enablement_EndUser_Assignment');
  const context = rules.get('AuthenticationContext_EndUser_Assignment');
  const activeExpiry = rules.get('Expiration_Admin_Assignment');
  const eligibleExpiry = rules.get('Expiration_Admin_Eligibility');
  const permanent = (r: Rule | undefined) => (r && typeof r.isExpirationRequired === 'boolean' ? !r.isExpirationRequired : null);
  return {
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
