import { defineCheck } from '../../src/core/define-check.js';
import { judgeRestrictedGrants } from '../../src/rules/gws/oauth-scopes.js';

/** The current-token view of the grants check; opt-in because tokens.list's only scope can also revoke tokens. */
export default defineCheck({
  id: 'gws-oauth-user-token-restricted-scopes',
  provider: 'gws',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'No user holds a live OAuth token giving an unreviewed app restricted Gmail or Drive scopes (opt-in)',
  owner: 'Super Admin',
  rationale:
    'The token log only shows grants made in the last six months; older grants stay valid until revoked. Directory tokens.list shows every live token, but the only scope that reads it (admin.directory.user.security) can also revoke tokens, so this check runs only when the tenant config opts in (optIn.userTokens: true); otherwise it is not assessed and gws-oauth-restricted-scope-grants covers the recent grants.',
  remediation:
    'Review each listed app in Admin console > Security > Access and data control > API controls > Manage third-party app access: mark reviewed apps Trusted or Limited and Block the rest, and revoke the tokens of apps you do not recognise (Users > user > Security > Connected applications). Add reviewed client ids to privilegedUserAllowList to accept them. To run this check, authorise https://www.googleapis.com/auth/admin.directory.user.security for domain-wide delegation and set optIn.userTokens: true.',
  references: {
    cis: ['4.2.1.2'],
    docs: ['https://developers.google.com/workspace/admin/directory/reference/rest/v1/tokens/list', 'https://support.google.com/a/answer/7281227'],
  },
  reads: ['userTokens'],
  evaluate({ userTokens }, ctx) {
    return judgeRestrictedGrants(userTokens, ctx.settings.privilegedUserAllowList);
  },
});
