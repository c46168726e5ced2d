import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { resourceApiName } from '../../src/rules/m365/high-risk-permissions.js';
import { describeApp, hasVerifiedPublisher, indexServicePrincipals, isThirdParty, publisherNote } from '../../src/rules/m365/third-party-apps.js';

export default defineCheck({
  id: 'm365-app-unverified-publisher-grants',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Third-party apps with tenant-wide access come from verified publishers',
  owner: 'Cloud Application Administrator',
  rationale:
    'Consent-phishing apps are almost always registered by unverified publishers under look-alike names. A third-party app with access granted for the whole organisation and no verified publisher needs a named business owner and a review.',
  remediation:
    'For each app listed: identify who in the organisation uses it and confirm the vendor. Ask the vendor to complete Microsoft publisher verification, or replace the app. If nobody owns it, remove its grants and disable the enterprise app.',
  references: {
    docs: [
      'https://learn.microsoft.com/entra/identity-platform/publisher-verification-overview',
      'https://learn.microsoft.com/defender-office-365/detect-and-remediate-illicit-consent-grants',
    ],
  },
  reads: ['oauth2PermissionGrants', 'graphAppRoleAssignments', 'servicePrincipals', 'organization'],
  evaluate({ oauth2PermissionGrants, graphAppRoleAssignments, servicePrincipals, organization }) {
    const byId = indexServicePrincipals(servicePrincipals);
    const access = new Map<string, Set<string>>();
    const note = (id: string, what: string) => access.set(id, (access.get(id) ?? new Set()).add(what));
    for (const grant of oauth2PermissionGrants) {
      if (grant.consentType === 'AllPrincipals') note(grant.clientId, 'delegated scopes for all users');
    }
    for (const assignment of graphAppRoleAssignments) note(assignment.principalId, `${resourceApiName(assignment.resourceAppId, assignment.resourceDisplayName)} application permissions`);

    const evidence: Evidence[] = [];
    for (const [id, kinds] of access) {
      const sp = byId.get(id);
      if (!isThirdParty(sp, organization)) continue;
      if (sp && hasVerifiedPublisher(sp)) continue;
      evidence.push({ kind: 'app', name: describeApp(sp, id), id, detail: `${[...kinds].join(' and ')}; ${publisherNote(sp)}` });
    }
    if (evidence.length === 0) {
      return { status: 'pass', summary: 'Every third-party app with tenant-wide access has a verified publisher.' };
    }
    return {
      status: 'fail',
      summary: `${evidence.length} third-party app${evidence.length === 1 ? ' has' : 's have'} tenant-wide access without a verified publisher.`,
      evidence,
    };
  },
});
