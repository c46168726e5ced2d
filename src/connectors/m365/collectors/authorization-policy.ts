import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const answer = z.object({
  allowInvitesFrom: z.string(),
  guestUserRoleId: z.string().nullish(),
  allowedToSignUpEmailBasedSubscriptions: z.boolean().nullish(),
  allowEmailVerifiedUsersToJoinOrganization: z.boolean().nullish(),
  blockMsolPowerShell: z.boolean().nullish(),
  allowUserConsentForRiskyApps: z.boolean().nullish(),
  defaultUserRolePermissions: z.object({
    allowedToCreateApps: z.boolean().nullish(),
    allowedToCreateSecurityGroups: z.boolean().nullish(),
    allowedToCreateTenants: z.boolean().nullish(),
    allowedToReadOtherUsers: z.boolean().nullish(),
    permissionGrantPoliciesAssigned: z.array(z.string()).nullish(),
  }),
});

/** Guest User role template (limited access): what guests get when the tenant never changed the default. */
const GUEST_DEFAULT_ROLE = '10dae51f-b6af-4016-8d66-8c2a99b929b3';

export default defineCollector({
  section: 'authorizationPolicy',
  spec: { endpoints: ['GET /v1.0/policies/authorizationPolicy'], permissions: ['Policy.Read.All'] },
  async collect({ graph }) {
    const path = '/policies/authorizationPolicy';
    const p = parseAnswer(answer, await graph.get(path), path);
    const d = p.defaultUserRolePermissions;
    return {
      allowInvitesFrom: p.allowInvitesFrom,
      guestUserRoleId: p.guestUserRoleId ?? GUEST_DEFAULT_ROLE,
      allowedToSignUpEmailBasedSubscriptions: p.allowedToSignUpEmailBasedSubscriptions ?? true,
      allowEmailVerifiedUsersToJoinOrganization: p.allowEmailVerifiedUsersToJoinOrganization ?? true,
      blockMsolPowerShell: p.blockMsolPowerShell ?? null,
      allowUserConsentForRiskyApps: p.allowUserConsentForRiskyApps ?? null,
      defaultUserRolePermissions: {
        allowedToCreateApps: d.allowedToCreateApps ?? true,
        allowedToCreateSecurityGroups: d.allowedToCreateSecurityGroups ?? true,
        allowedToCreateTenants: d.allowedToCreateTenants ?? null,
        allowedToReadOtherUsers: d.allowedToReadOtherUsers ?? true,
        permissionGrantPoliciesAssigned: d.permissionGrantPoliciesAssigned ?? [],
      },
    };
  },
});
