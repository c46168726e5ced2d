import { defineCheck } from '../../src/core/define-check.js';

/** SBS-DEP-006: access token timeout of 15 minutes or less (refresh tokens: 90 days or less). */
const ACCESS_TOKEN_MINUTES = 15;

export default defineCheck({
  id: 'sf-oauth-app-policies-bounded',
  provider: 'salesforce',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Connected apps\' refresh tokens expire within 90 days and access tokens within 15 minutes, with no full scope and enforced IP restrictions',
  owner: 'Salesforce System Administrator',
  rationale:
    'An app with refresh tokens valid until revoked, the "full" scope, or IP restrictions relaxed gives anyone holding one of its tokens long-lived, unrestricted access from anywhere.',
  remediation:
    'Setup > Connected Apps > Manage Connected Apps > Edit Policies: set a refresh-token expiry, set IP Relaxation to "Enforce IP restrictions"; in the app definition replace the Full scope with the narrow scopes it needs.',
  references: {
    other: { SBS: ['SBS-DEP-006'] },
    docs: [
      'https://help.salesforce.com/s/articleView?id=sf.connected_app_manage_oauth.htm',
      'https://github.com/scottbcovert/salesforce-security-benchmark-docs-site/blob/main/benchmark/deployments.md',
      'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_connectedapplication.htm',
      'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_extlclntappoauthconfigurablepolicies.htm',
    ],
  },
  reads: ['connectedApps'],
  evaluate({ connectedApps }) {
    const failing: { kind: 'app'; name: string; id: string; detail: string }[] = [];
    const unproven: { kind: 'app'; name: string; id: string; detail: string }[] = [];
    for (const app of connectedApps) {
      const issues: string[] = [];
      const unknown: string[] = [];
      const refresh = app.refreshTokenPolicy ?? '';
      if (/^infinite$/i.test(refresh)) issues.push('refresh token valid until revoked');
      // Only "expire immediately" provably meets 90 days: a specific lifetime's unit (hours, days or months) is not readable.
      else if (!/^(immediately|zero)$/i.test(refresh)) unknown.push(`refresh-token lifetime not readable as 90 days or less (policy ${app.refreshTokenPolicy ?? 'unread'})`);
      const timeout = app.accessTokenTimeoutMinutes ?? null;
      if (timeout !== null && timeout > ACCESS_TOKEN_MINUTES) issues.push(`access tokens last ${timeout} minutes`);
      else if (timeout === null) unknown.push('access-token timeout not exposed by the API');
      if (app.scopes.some((s) => /^full$/i.test(s))) issues.push('full scope');
      // An ECA's documented values are Enforce, Bypass, Bypass_2factor and Enforce_RelaxRefresh (relaxed for refresh tokens): only Enforce enforces.
      const enforced = app.kind === 'external-client-app' ? /^ENFORCE$/i : /^ENFORCE/i;
      if (app.ipRelaxation && !enforced.test(app.ipRelaxation)) issues.push(`IP restrictions relaxed (${app.ipRelaxation})`);
      if (issues.length) failing.push({ kind: 'app', name: app.name, id: app.id, detail: issues.join('; ') });
      else if (unknown.length) unproven.push({ kind: 'app', name: app.name, id: app.id, detail: unknown.join('; ') });
    }
    if (failing.length) {
      return { status: 'fail', summary: `${failing.length} app${failing.length === 1 ? ' has' : 's have'} an unbounded OAuth policy.`, evidence: [...failing, ...unproven] };
    }
    if (unproven.length) {
      // SBS-DEP-006 asks for refresh tokens within 90 days and access tokens within 15 minutes: not finding a
      // never-expiring token is not the same as proving both bounds.
      return {
        status: 'not_assessed',
        summary: `No app has never-expiring refresh tokens, the full scope or relaxed IP restrictions, but for ${unproven.length} of ${connectedApps.length} the 90-day refresh-token and ${ACCESS_TOKEN_MINUTES}-minute access-token bounds cannot be confirmed through the API; check Setup > Manage Connected Apps > Edit Policies (Refresh Token Policy, Timeout Value).`,
        evidence: unproven,
      };
    }
    return { status: 'pass', summary: `All ${connectedApps.length} apps expire refresh tokens immediately, time access tokens out within ${ACCESS_TOKEN_MINUTES} minutes, and have no full scope or relaxed IP restrictions.` };
  },
});
