import { defineCheck } from '../../src/core/define-check.js';
import { judgeRestrictedGrants } from '../../src/rules/gws/oauth-scopes.js';

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
    return judgeRestrictedGrants(oauthGrants, ctx.settings.privilegedUserAllowList);
  },
});
