import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { describeApplicationPermission, highRiskApplication } from '../../src/rules/m365/high-risk-permissions.js';
import { indexServicePrincipals, isThirdParty, publisherNote } from '../../src/rules/m365/third-party-apps.js';

export default defineCheck({
  id: 'm365-app-third-party-high-risk-app-permissions',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'critical',
  title: 'No third-party app holds a high-risk application permission on Microsoft Graph, Exchange Online or SharePoint Online',
  owner: 'Cloud Application Administrator',
  rationale:
    'Application permissions work without any signed-in user and cover the whole tenant: every mailbox, every site, or the directory itself. A vendor holding one is a supply-chain path into the tenant; a compromised vendor credential is a tenant compromise. The widest mailbox and site grants (Exchange Online full_access_as_app, SharePoint Online Sites.FullControl.All) are app roles of those services, not of Microsoft Graph, so they are judged too.',
  remediation:
    'For each app listed: confirm the vendor needs the permission and cannot use a narrower one (for example Sites.Selected, Graph Mail.* instead of Exchange full_access_as_app, or an Exchange application access policy / RBAC for Applications to limit mailboxes). Otherwise remove the app role assignment (Entra admin center > Enterprise apps > the app > Permissions, or Remove-MgServicePrincipalAppRoleAssignment).',
  references: {
    docs: [
      'https://learn.microsoft.com/graph/permissions-reference',
      'https://learn.microsoft.com/entra/identity/enterprise-apps/manage-application-permissions',
      'https://learn.microsoft.com/exchange/client-developer/exchange-web-services/how-to-authenticate-an-ews-application-by-using-oauth',
    ],
  },
  reads: ['graphAppRoleAssignments', 'servicePrincipals', 'organization'],
  evaluate({ graphAppRoleAssignments, servicePrincipals, organization }) {
    const byId = indexServicePrincipals(servicePrincipals);
    const riskyByApp = new Map<string, { name: string; permissions: string[] }>();
    let unknownRoles = 0;
    for (const assignment of graphAppRoleAssignments) {
      const sp = byId.get(assignment.principalId);
      if (!isThirdParty(sp, organization)) continue;
      if (assignment.permission === null) {
        unknownRoles += 1;
        continue;
      }
      if (!highRiskApplication(assignment.permission, assignment.resourceAppId)) continue;
      const entry = riskyByApp.get(assignment.principalId) ?? { name: sp?.displayName || assignment.principalDisplayName, permissions: [] };
      entry.permissions.push(describeApplicationPermission(assignment.permission, assignment.resourceAppId, assignment.resourceDisplayName));
      riskyByApp.set(assignment.principalId, entry);
    }
    const unknownNote = unknownRoles ? ` ${unknownRoles} third-party assignment${unknownRoles === 1 ? '' : 's'} with an unrecognised role id could not be judged.` : '';
    if (riskyByApp.size === 0) {
      return { status: 'pass', summary: `No third-party app holds a high-risk application permission on Microsoft Graph, Exchange Online or SharePoint Online.${unknownNote}` };
    }
    const evidence: Evidence[] = [...riskyByApp].map(([principalId, entry]) => ({
      kind: 'app',
      name: entry.name,
      id: principalId,
      detail: `${entry.permissions.join(', ')} (${publisherNote(byId.get(principalId))})`,
    }));
    return {
      status: 'fail',
      summary: `${evidence.length} third-party app${evidence.length === 1 ? ' holds' : 's hold'} high-risk application permissions.${unknownNote}`,
      evidence,
    };
  },
});
