import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { highRiskDelegated } from '../../src/rules/m365/high-risk-permissions.js';
import { describeApp, indexServicePrincipals, isThirdParty, publisherNote } from '../../src/rules/m365/third-party-apps.js';

export default defineCheck({
  id: 'm365-app-tenant-wide-high-risk-grants',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'high',
  title: 'No third-party app holds a high-risk delegated permission consented for all users',
  owner: 'Cloud Application Administrator',
  rationale:
    'An admin consent "on behalf of your organization" lets the app act as any user who signs in to it. For mail, file or directory-write scopes this is the standing access that consent-phishing campaigns aim for, and it survives password resets and MFA.',
  remediation:
    'For each app listed: confirm with its business owner that it needs these scopes. If not, remove the grant (Entra admin center > Enterprise apps > the app > Permissions > Review permissions, or Remove-MgOauth2PermissionGrant) and re-consent with narrower scopes; if the app is unknown, disable it and investigate as a possible illicit consent grant.',
  references: {
    docs: [
      'https://learn.microsoft.com/defender-office-365/detect-and-remediate-illicit-consent-grants',
      'https://learn.microsoft.com/entra/identity/enterprise-apps/manage-application-permissions',
      'https://learn.microsoft.com/graph/permissions-reference',
    ],
  },
  reads: ['oauth2PermissionGrants', 'servicePrincipals', 'organization'],
  evaluate({ oauth2PermissionGrants, servicePrincipals, organization }) {
    const byId = indexServicePrincipals(servicePrincipals);
    const evidence: Evidence[] = [];
    let tenantWide = 0;
    for (const grant of oauth2PermissionGrants) {
      if (grant.consentType !== 'AllPrincipals') continue;
      tenantWide += 1;
      const client = byId.get(grant.clientId);
      if (!isThirdParty(client, organization)) continue;
      const risky = grant.scopes.filter((scope) => highRiskDelegated(scope));
      if (risky.length === 0) continue;
      const resource = byId.get(grant.resourceId)?.displayName ?? grant.resourceId;
      evidence.push({
        kind: 'grant',
        name: describeApp(client, grant.clientId),
        id: grant.clientId,
        detail: `${risky.join(', ')} on ${resource} for all users (${publisherNote(client)})`,
      });
    }
    if (evidence.length === 0) {
      return { status: 'pass', summary: `None of the ${tenantWide} tenant-wide delegated grants gives a third-party app a high-risk scope.` };
    }
    return {
      status: 'fail',
      summary: `${evidence.length} tenant-wide grant${evidence.length === 1 ? '' : 's'} give${evidence.length === 1 ? 's' : ''} third-party apps high-risk delegated scopes for every user.`,
      evidence,
    };
  },
});
