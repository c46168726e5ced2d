import { defineCheck } from '../../src/core/define-check.js';
import { daysSince } from '../../src/rules/salesforce/settings.js';

const STALE_DAYS = 90;

export default defineCheck({
  id: 'sf-oauth-no-stale-tokens',
  provider: 'salesforce',
  area: 'oauth-grants',
  severity: 'low',
  title: 'No OAuth token has gone unused for more than 90 days',
  owner: 'Salesforce System Administrator',
  rationale: 'Unused refresh tokens keep a working credential alive for integrations and devices that are gone; revoking them shrinks what a leak can reach.',
  remediation: 'Setup > Connected Apps OAuth Usage (or the user record > OAuth Connected Apps): revoke the listed tokens, and set refresh-token expiry on the apps.',
  references: {
    other: { SBS: ['SBS-OAUTH-001'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.remoteaccess_request_manage.htm'],
  },
  reads: ['oauthTokens'],
  evaluate({ oauthTokens }, ctx) {
    const stale = oauthTokens.filter((t) => daysSince(t.lastUsedDate ?? t.createdDate, ctx.now) > STALE_DAYS);
    if (stale.length === 0) return { status: 'pass', summary: `All ${oauthTokens.length} OAuth tokens were used in the last ${STALE_DAYS} days.` };
    return {
      status: 'fail',
      summary: `${stale.length} OAuth token${stale.length === 1 ? ' has' : 's have'} not been used for more than ${STALE_DAYS} days.`,
      evidence: stale.map((t) => ({ kind: 'grant' as const, name: `${t.appName ?? '(app not named)'} — ${t.username ?? t.userId ?? '(no owner recorded)'}`, detail: `last used ${t.lastUsedDate ?? 'never'}` })),
    };
  },
});
