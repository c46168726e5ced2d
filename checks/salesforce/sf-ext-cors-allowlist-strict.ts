import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-ext-cors-allowlist-strict',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'medium',
  title: 'The CORS allow-list names exact HTTPS origins only',
  owner: 'Salesforce System Administrator',
  rationale: 'A wildcard or plain-http CORS origin lets scripts on pages the company does not control call the org\'s APIs from a user\'s browser.',
  remediation: 'Setup > CORS: replace wildcard entries with the exact https:// origins that need browser access and remove http:// entries.',
  references: {
    other: {},
    docs: ['https://help.salesforce.com/s/articleView?id=sf.extend_code_cors.htm'],
  },
  reads: ['corsOrigins'],
  evaluate({ corsOrigins }) {
    const bad = corsOrigins.flatMap((o) => {
      const issues = [o.urlPattern.includes('*') && 'wildcard', /^http:\/\//i.test(o.urlPattern) && 'plain http'].filter(Boolean);
      return issues.length ? [{ kind: 'domain' as const, name: o.urlPattern, id: o.id, detail: issues.join(', ') }] : [];
    });
    if (bad.length === 0) return { status: 'pass', summary: `All ${corsOrigins.length} CORS origins are exact https:// origins.` };
    return { status: 'fail', summary: `${bad.length} CORS origin${bad.length === 1 ? ' is' : 's are'} a wildcard or plain http.`, evidence: bad };
  },
});
