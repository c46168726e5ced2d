import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-oauth-tokens-managed-apps',
  provider: 'salesforce',
  area: 'oauth-grants',
  severity: 'high',
  title: 'OAuth tokens exist only for installed, admin-authorised apps',
  owner: 'Salesforce System Administrator',
  rationale:
    'A token for an app that is not installed in the org, or that users authorised themselves, is a standing data path nobody reviewed. Compromised third-party OAuth apps are a common route to bulk data theft.',
  remediation:
    'Setup > Connected Apps OAuth Usage: install and set to admin-approved the apps you keep (then assign permission sets), block the others, and revoke their tokens.',
  references: {
    other: { SBS: ['SBS-OAUTH-001'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.remoteaccess_request_manage.htm'],
  },
  reads: ['oauthTokens'],
  evaluate({ oauthTokens }) {
    const byApp = new Map<string, { notInstalled: boolean; users: Set<string> }>();
    for (const t of oauthTokens) {
      if (t.appMenuItemId && t.adminAuthorized === true) continue;
      const entry = byApp.get(t.appName) ?? { notInstalled: false, users: new Set<string>() };
      entry.notInstalled ||= !t.appMenuItemId;
      entry.users.add(t.username ?? t.userId);
      byApp.set(t.appName, entry);
    }
    if (byApp.size === 0) return { status: 'pass', summary: `All ${oauthTokens.length} OAuth tokens belong to installed, admin-authorised apps.` };
    return {
      status: 'fail',
      summary: `${byApp.size} app${byApp.size === 1 ? ' holds' : 's hold'} OAuth tokens without being installed and admin-authorised.`,
      evidence: [...byApp].map(([name, e]) => ({
        kind: 'app' as const,
        name,
        detail: `${e.notInstalled ? 'not installed' : 'users self-authorise'}; tokens for ${e.users.size} user${e.users.size === 1 ? '' : 's'}: ${[...e.users].slice(0, 5).join(', ')}${e.users.size > 5 ? ', …' : ''}`,
      })),
    };
  },
});
