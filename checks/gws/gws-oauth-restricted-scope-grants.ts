import { defineCheck } from '../../src/core/define-check.js';
import { restrictedScopes } from '../../src/rules/gws/oauth-scopes.js';

export default defineCheck({
  id: 'gws-oauth-restricted-scope-grants',
  provider: 'gws',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'No third-party app holds restricted Gmail or Drive scopes without review',
  owner: 'Super Admin',
  rationale:
    'Restricted scopes (full mailbox, all Drive files) give an app the user’s data wholesale. Each app holding them should be one an admin has reviewed and trusted; the list comes from the Reports API token "authorize" events of the last six months.',
  remediation:
    'Review each listed app in Admin console > Security > Access and data control > API controls > Manage third-party app access: mark reviewed apps Trusted or Limited and Block the rest; revoke grants you do not recognise (Users > user > Security > Connected applications). Add reviewed client ids to privilegedUserAllowList to accept them.',
  references: {
    cis: ['4.2.1.2'],
    docs: ['https://support.google.com/a/answer/7281227', 'https://developers.google.com/workspace/admin/reports/v1/appendix/activity/oauth-token'],
  },
  reads: ['oauthGrants'],
  evaluate({ oauthGrants }, ctx) {
    const allowed = new Set(ctx.settings.privilegedUserAllowList.map((s) => s.toLowerCase()));
    const risky = oauthGrants.apps
      .map((app) => ({ app, scopes: restrictedScopes(app.scopes) }))
      .filter(({ app, scopes }) => scopes.length > 0 && !allowed.has(app.clientId.toLowerCase()) && !allowed.has(app.appName.toLowerCase()));
    const window = oauthGrants.since ? ` since ${oauthGrants.since.slice(0, 10)}` : '';
    const partial = oauthGrants.truncated ? ' (the log was only partly read)' : '';
    if (risky.length === 0) return { status: 'pass', summary: `No unreviewed app was granted restricted Gmail or Drive scopes${window}${partial}.` };
    return {
      status: 'fail',
      summary: `${risky.length} third-party app${risky.length === 1 ? ' was' : 's were'} granted restricted Gmail or Drive scopes${window}${partial}.`,
      evidence: risky.map(({ app, scopes }) => ({
        kind: 'app' as const,
        name: app.appName,
        id: app.clientId,
        detail: `${scopes.join(', ')}; granted by ${app.users.length} user${app.users.length === 1 ? '' : 's'} (${app.users.slice(0, 3).join(', ')}${app.users.length > 3 ? ', …' : ''})`,
      })),
    };
  },
});
