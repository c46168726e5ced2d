import { defineCheck } from '../../src/core/define-check.js';
import { externalClientAppOf } from '../../src/rules/salesforce/oauth-apps.js';

type Problem = 'not installed' | 'users self-authorise' | 'external client app whose Permitted Users policy could not be read';

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
    'Setup > Connected Apps OAuth Usage: install and set to admin-approved the apps you keep (then assign permission sets), block the others, and revoke their tokens. For an External Client App, set its OAuth policy Permitted Users to "Admin approved users are pre-authorized".',
  references: {
    other: { SBS: ['SBS-OAUTH-001'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.remoteaccess_request_manage.htm'],
  },
  reads: ['oauthTokens', 'connectedApps'],
  evaluate({ oauthTokens, connectedApps }) {
    const byApp = new Map<string, { problem: Problem; users: Set<string> }>();
    const flag = (appName: string, problem: Problem, user: string) => {
      const entry = byApp.get(appName) ?? { problem, users: new Set<string>() };
      // "not installed" outranks the others when the same app name shows up both ways.
      if (problem === 'not installed') entry.problem = problem;
      entry.users.add(user);
      byApp.set(appName, entry);
    };
    for (const t of oauthTokens) {
      const user = t.username ?? t.userId ?? '(no owner recorded)';
      const appName = t.appName ?? '(app not named)';
      // External Client Apps may have no AppMenuItem, so their tokens look "not installed": judge them by the ECA's own policy.
      const eca = externalClientAppOf(t, connectedApps);
      if (eca) {
        if (eca.adminApprovedUsersOnly === true) continue;
        flag(appName, eca.adminApprovedUsersOnly === false ? 'users self-authorise' : 'external client app whose Permitted Users policy could not be read', user);
        continue;
      }
      if (t.appMenuItemId && t.adminAuthorized === true) continue;
      flag(appName, t.appMenuItemId ? 'users self-authorise' : 'not installed', user);
    }
    const evidence = [...byApp].map(([name, e]) => ({
      kind: 'app' as const,
      name,
      detail: `${e.problem}; tokens for ${e.users.size} user${e.users.size === 1 ? '' : 's'}: ${[...e.users].slice(0, 5).join(', ')}${e.users.size > 5 ? ', …' : ''}`,
    }));
    const unknown = [...byApp].filter(([, e]) => e.problem.startsWith('external client app'));
    if (byApp.size === 0) return { status: 'pass', summary: `All ${oauthTokens.length} OAuth tokens belong to installed, admin-authorised apps.` };
    if (unknown.length === byApp.size) {
      return {
        status: 'not_assessed',
        summary: `Every other token belongs to an installed, admin-authorised app, but the Permitted Users policy of ${unknown.length} External Client App${unknown.length === 1 ? '' : 's'} holding tokens could not be read: ${unknown.map(([n]) => n).join(', ')}.`,
        evidence,
      };
    }
    const flagged = byApp.size - unknown.length;
    return {
      status: 'fail',
      summary: `${flagged} app${flagged === 1 ? ' holds' : 's hold'} OAuth tokens without being installed and admin-authorised${unknown.length ? `; the policy of ${unknown.length} more could not be read` : ''}.`,
      evidence,
    };
  },
});
