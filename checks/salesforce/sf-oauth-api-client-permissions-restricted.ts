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
    const unavailable = input.permissionSets.unavailablePermissions;
    const readable = PERMISSIONS.filter((p) => !unavailable.includes(p));
    const holders = readable.length ? holdersOf(readable, input) : [];
    if (holders.length > 0) {
      const note = readable.length < PERMISSIONS.length ? ` (${PERMISSIONS.filter((p) => !readable.includes(p)).map((p) => LABELS[p]).join(', ')} could not be read)` : '';
      return {
        status: 'fail',
        summary: `${holders.length} active user${holders.length === 1 ? '' : 's'} can bypass API Access Control${note}.`,
        evidence: holders.map((h) => userEvidence(h)),
      };
    }
    // "Use Any API Client" only exists once API Access Control is on, so its absence means nobody holds it. "Approve
    // Uninstalled Connected Apps" exists in every org but is not always a queryable PermissionSet field: absent, it is unknown.
    if (unavailable.includes('CanApproveUninstalledApps')) {
      return {
        status: 'not_assessed',
        summary: `This org does not expose "Approve Uninstalled Connected Apps" to the API (no PermissionsCanApproveUninstalledApps on PermissionSet), so who holds it cannot be read; review it in Setup > Permission Sets and Profiles.${readable.length ? ` No active user holds ${readable.map((p) => LABELS[p]).join(' or ')}.` : ''}`,
      };
    }
    const absent = unavailable.includes('UseAnyApiClient') ? ' ("Use Any API Client" does not exist here: API Access Control is off)' : '';
    return { status: 'pass', summary: `No active user holds ${readable.map((p) => LABELS[p]).join(' or ')}${absent}.` };
  },
});
