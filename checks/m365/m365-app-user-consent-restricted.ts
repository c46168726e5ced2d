import { defineCheck } from '../../src/core/define-check.js';
import type { Verdict } from '../../src/core/model.js';
import { highRiskDelegated } from '../../src/rules/m365/high-risk-permissions.js';
import { verdictPerControl } from '../../src/rules/m365/profile-verdict.js';
import type { DelegatedPermissionClassification } from '../../src/snapshot/m365.js';

const SELF_CONSENT_PREFIX = 'ManagePermissionGrantsForSelf.';
/** "Allow user consent for apps from verified publishers, for selected permissions". */
const LOW_RISK_POLICY = 'ManagePermissionGrantsForSelf.microsoft-user-default-low';

/** MS.AAD.5.2v1 over the self-consent policies assigned (at least one). */
function scubaVerdict(selfConsent: readonly string[], permissionClassifications: readonly DelegatedPermissionClassification[], anyConsent: Verdict): Verdict {
  if (!selfConsent.every((policy) => policy === LOW_RISK_POLICY)) return anyConsent;
  const low = permissionClassifications.filter((c) => c.classification.toLowerCase() === 'low');
  const risky = low.flatMap((c) => {
    const entry = highRiskDelegated(c.permissionName);
    return entry ? [{ classification: c, entry }] : [];
  });
  if (risky.length === 0) {
    const names = low.map((c) => c.permissionName);
    const shown = names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
    const named = names.length ? ` (${shown})` : '';
    return {
      status: 'pass',
      summary: `Users may consent only to apps from verified publishers asking for permissions classified low, and none of the ${low.length} Microsoft Graph permission${low.length === 1 ? '' : 's'} classified low is high-risk${named} (MS.AAD.5.2v1 option 2).`,
    };
  }
  return {
    status: 'fail',
    summary: `Users may consent, without an administrator, to ${risky.length} high-risk Microsoft Graph permission${risky.length === 1 ? '' : 's'} classified low: ${risky.map((r) => r.classification.permissionName).join(', ')}.`,
    evidence: risky.map(({ classification, entry }) => ({
      kind: 'setting' as const,
      name: classification.permissionName,
      id: classification.permissionId,
      detail: `classified low, so users may consent to it under ${LOW_RISK_POLICY}; ${entry.reason}`,
    })),
  };
}

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
    'Entra admin center > Enterprise apps > Consent and permissions > User consent settings: choose "Do not allow user consent" and save, then turn on the admin consent workflow so users can still ask for apps. (Graph: set authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned to an empty list.) SCuBA MS.AAD.5.2v1 (and so the SCuBA profile) also accepts "verified publishers, selected permissions" (CIS 5.1.5.1 does not) once no high-risk permission is classified low: remove the listed permissions under Enterprise apps > Consent and permissions > Permission classifications.',
  references: {
    scuba: ['MS.AAD.5.2v1'],
    cis: ['5.1.5.1'],
    docs: [
      'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent',
      'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
      'https://learn.microsoft.com/entra/identity/enterprise-apps/configure-permission-classifications',
    ],
  },
  reads: ['authorizationPolicy', 'permissionClassifications'],
  evaluate({ authorizationPolicy, permissionClassifications }, ctx) {
    const assigned = authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned;
    const selfConsent = assigned.filter((policy) => policy.startsWith(SELF_CONSENT_PREFIX));
    if (selfConsent.length === 0) {
      return { status: 'pass', summary: 'User consent to applications is turned off; only administrators can grant apps access.' };
    }
    const anyConsent = (control: string): Verdict => ({
      status: 'fail',
      summary: `Users can consent to applications themselves through ${selfConsent.join(', ')}, which ${control} does not accept.`,
      evidence: selfConsent.map((policy) => ({
        kind: 'policy' as const,
        name: policy,
        detail: policy === LOW_RISK_POLICY ? 'users may consent to low-risk permissions for verified publishers' : 'permission grant policy assigned to all users',
      })),
    });
    // CIS 5.1.5.1: users cannot consent at all. SCuBA MS.AAD.5.2 ("restricted") also accepts its option 2, verified
    // publishers and permissions classified low, but only while no high-risk permission is classified low: the
    // classification is what decides what users may grant.
    return verdictPerControl({ 'MS.AAD.5.2v1': scubaVerdict(selfConsent, permissionClassifications, anyConsent('MS.AAD.5.2v1')), '5.1.5.1': anyConsent('CIS 5.1.5.1') }, ctx.settings.profile);
  },
});
