import { defineCheck } from '../../src/core/define-check.js';
import { holdersOf, userEvidence } from '../../src/rules/salesforce/privilege.js';

const PERMISSIONS = ['UseAnyApiClient', 'CanApproveUninstalledApps'];
const LABELS: Record<string, string> = { UseAnyApiClient: 'Use Any API Client', CanApproveUninstalledApps: 'Approve Uninstalled Connected Apps' };

export default defineCheck({
  id: 'sf-oauth-api-client-permissions-restricted',
  provider: 'salesforce',
  area: 'oauth-grants',
  severity: 'high',
  title: 'No active user can bypass API Access Control ("Use Any API Client", "Approve Uninstalled Connected Apps")',
  owner: 'Salesforce System Administrator',
  rationale:
    '"Use Any API Client" lets its holder reach the API through any OAuth client despite API Access Control; "Approve Uninstalled Connected Apps" lets them authorise apps an admin never installed. Either undoes the allow-list.',
  remediation:
    'Remove both permissions from profiles, permission sets and groups assigned to people; if an integration truly needs one, give it to that integration user alone and record why.',
  references: {
    other: { SBS: ['SBS-ACS-003', 'SBS-ACS-006'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_api_access_control_about.htm'],
  },
  reads: ['users', 'permissionSets', 'permissionSetAssignments'],
  evaluate(input) {
    const readable = PERMISSIONS.filter((p) => !input.permissionSets.unavailablePermissions.includes(p));
    if (readable.length === 0) {
      return { status: 'pass', summary: 'This org exposes neither permission on PermissionSet (API Access Control is not enabled), so nobody holds them.' };
    }
    const holders = holdersOf(readable, input);
    const note = readable.length < PERMISSIONS.length ? ` (${PERMISSIONS.filter((p) => !readable.includes(p)).map((p) => LABELS[p]).join(', ')} is not exposed in this org)` : '';
    if (holders.length === 0) return { status: 'pass', summary: `No active user holds ${readable.map((p) => LABELS[p]).join(' or ')}${note}.` };
    return {
      status: 'fail',
      summary: `${holders.length} active user${holders.length === 1 ? '' : 's'} can bypass API Access Control${note}.`,
      evidence: holders.map((h) => userEvidence(h)),
    };
  },
});
