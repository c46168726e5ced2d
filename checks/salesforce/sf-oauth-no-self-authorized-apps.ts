import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-oauth-no-self-authorized-apps',
  provider: 'salesforce',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Connected apps and external client apps admit only admin-approved users',
  owner: 'Salesforce System Administrator',
  rationale:
    'When Permitted Users is "All users may self-authorize", any user can grant the app access to their data. "Admin approved users are pre-authorized" limits it to the profiles and permission sets an admin chose.',
  remediation:
    'Setup > Connected Apps > Manage Connected Apps (or External Client App Manager) > Edit Policies: set Permitted Users to "Admin approved users are pre-authorized" and assign the intended profiles or permission sets.',
  references: {
    other: { SBS: ['SBS-OAUTH-001', 'SBS-OAUTH-002'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.connected_app_manage_oauth.htm'],
  },
  reads: ['connectedApps'],
  evaluate({ connectedApps }) {
    const open = connectedApps.filter((a) => a.adminApprovedUsersOnly === false);
    const unknown = connectedApps.filter((a) => a.adminApprovedUsersOnly === null);
    if (open.length === 0) {
      return {
        status: 'pass',
        summary: `No connected app lets users self-authorise${unknown.length ? ` (${unknown.length} app policy could not be read: ${unknown.map((a) => a.name).join(', ')})` : ''}.`,
      };
    }
    return {
      status: 'fail',
      summary: `${open.length} app${open.length === 1 ? '' : 's'} let any user self-authorise.`,
      evidence: open.map((a) => ({ kind: 'app' as const, name: a.name, id: a.id, detail: `${a.kind === 'external-client-app' ? 'external client app' : 'connected app'}: all users may self-authorize` })),
    };
  },
});
