import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-oauth-app-policies-bounded',
  provider: 'salesforce',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Connected apps have expiring refresh tokens, no full scope and enforced IP restrictions',
  owner: 'Salesforce System Administrator',
  rationale:
    'An app with refresh tokens valid until revoked, the "full" scope, or IP restrictions relaxed gives anyone holding one of its tokens long-lived, unrestricted access from anywhere.',
  remediation:
    'Setup > Connected Apps > Manage Connected Apps > Edit Policies: set a refresh-token expiry, set IP Relaxation to "Enforce IP restrictions"; in the app definition replace the Full scope with the narrow scopes it needs.',
  references: {
    other: { SBS: ['SBS-DEP-006'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.connected_app_manage_oauth.htm'],
  },
  reads: ['connectedApps'],
  evaluate({ connectedApps }) {
    const evidence = connectedApps.flatMap((app) => {
      const issues: string[] = [];
      if (/^infinite$/i.test(app.refreshTokenPolicy ?? '')) issues.push('refresh token valid until revoked');
      if (app.scopes.some((s) => /^full$/i.test(s))) issues.push('full scope');
      if (app.ipRelaxation && !/^ENFORCE/i.test(app.ipRelaxation)) issues.push(`IP restrictions relaxed (${app.ipRelaxation})`);
      return issues.length ? [{ kind: 'app' as const, name: app.name, id: app.id, detail: issues.join('; ') }] : [];
    });
    if (evidence.length === 0) return { status: 'pass', summary: `All ${connectedApps.length} apps have bounded token, scope and IP policies.` };
    return { status: 'fail', summary: `${evidence.length} app${evidence.length === 1 ? ' has' : 's have'} an unbounded OAuth policy.`, evidence };
  },
});
