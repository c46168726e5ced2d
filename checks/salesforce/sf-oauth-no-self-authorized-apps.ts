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
    const kindOf = (a: (typeof connectedApps)[number]) => (a.kind === 'external-client-app' ? 'external client app' : 'connected app');
    const unknownEvidence = unknown.map((a) => ({ kind: 'app' as const, name: a.name, id: a.id, detail: `${kindOf(a)}: Permitted Users policy could not be read` }));
    if (open.length === 0 && unknown.length > 0) {
      // An unread policy may well be "All users may self-authorize": judging the rest would pass on partial data.
      return {
        status: 'not_assessed',
        summary: `No readable app lets users self-authorise, but the Permitted Users policy of ${unknown.length} app${unknown.length === 1 ? '' : 's'} could not be read: ${unknown.map((a) => a.name).join(', ')}.`,
        evidence: unknownEvidence,
      };
    }
    if (open.length === 0) return { status: 'pass', summary: `None of the ${connectedApps.length} connected apps and external client apps lets users self-authorise.` };
    return {
      status: 'fail',
      summary: `${open.length} app${open.length === 1 ? '' : 's'} let any user self-authorise${unknown.length ? `; the policy of ${unknown.length} more could not be read` : ''}.`,
      evidence: [...open.map((a) => ({ kind: 'app' as const, name: a.name, id: a.id, detail: `${kindOf(a)}: all users may self-authorize` })), ...unknownEvidence],
    };
  },
});
