import { defineCheck } from '../../src/core/define-check.js';

const SELF_CONSENT_PREFIX = 'ManagePermissionGrantsForSelf.';
/** "Allow user consent for apps from verified publishers, for selected permissions". */
const LOW_RISK_POLICY = 'ManagePermissionGrantsForSelf.microsoft-user-default-low';

export default defineCheck({
  id: 'm365-app-user-consent-restricted',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'high',
  title: 'Users cannot consent to applications on their own',
  owner: 'Privileged Role Administrator',
  rationale:
    'When users may consent to apps, a consent-phishing link is enough to give an attacker\'s app lasting access to mail and files, with no password stolen and no MFA prompt to stop it. Requiring an administrator to approve apps closes that path.',
  remediation:
    'Entra admin center > Enterprise apps > Consent and permissions > User consent settings: choose "Do not allow user consent" and save, then turn on the admin consent workflow so users can still ask for apps. (Graph: set authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned to an empty list.)',
  references: {
    scuba: ['MS.AAD.5.2v1'],
    cis: ['5.1.5.1'],
    docs: [
      'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent',
      'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
    ],
  },
  reads: ['authorizationPolicy'],
  evaluate({ authorizationPolicy }, ctx) {
    const assigned = authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned;
    const selfConsent = assigned.filter((policy) => policy.startsWith(SELF_CONSENT_PREFIX));
    if (selfConsent.length === 0) {
      return { status: 'pass', summary: 'User consent to applications is turned off; only administrators can grant apps access.' };
    }
    // SCuBA's option 2 (verified publishers, low-risk permissions) is acceptable only when no risky
    // permission is classified low. The classifications are not collected, so passing would be a guess.
    if (ctx.settings.profile === 'scuba' && selfConsent.every((policy) => policy === LOW_RISK_POLICY)) {
      return {
        status: 'not_assessed',
        summary:
          'Users may consent only to apps from verified publishers asking for permissions classified as low risk. The SCuBA profile accepts this only if no risky permission is classified low, and the permission classifications (Enterprise apps > Consent and permissions > Permission classifications) are not read, so review them by hand.',
        evidence: [{ kind: 'policy', name: LOW_RISK_POLICY, detail: 'user consent limited to permissions classified low' }],
      };
    }
    return {
      status: 'fail',
      summary: `Users can consent to applications themselves through ${selfConsent.join(', ')}.`,
      evidence: selfConsent.map((policy) => ({
        kind: 'policy' as const,
        name: policy,
        detail: policy === LOW_RISK_POLICY ? 'users may consent to low-risk permissions for verified publishers' : 'permission grant policy assigned to all users',
      })),
    };
  },
});
