import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-ext-remote-sites-secure',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'low',
  title: 'Active remote sites use HTTPS with protocol security on',
  owner: 'Salesforce System Administrator',
  rationale: 'Apex callouts to a remote site with protocol security disabled or over plain http send org data unencrypted and can be redirected.',
  remediation: 'Setup > Remote Site Settings: change each listed endpoint to https:// and clear "Disable Protocol Security".',
  references: {
    other: { 'Salesforce Health Check': ['Remote Site (Disable Protocol Security)'], SBS: ['SBS-INT-002'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.configuring_remoteproxy.htm'],
  },
  reads: ['remoteSites'],
  evaluate({ remoteSites }) {
    const active = remoteSites.filter((r) => r.isActive);
    const bad = active.flatMap((r) => {
      const issues = [r.disableProtocolSecurity && 'protocol security disabled', /^http:\/\//i.test(r.endpointUrl) && 'plain http'].filter(Boolean);
      return issues.length ? [{ kind: 'app' as const, name: r.name, id: r.id, detail: `${r.endpointUrl}: ${issues.join(', ')}` }] : [];
    });
    if (bad.length === 0) return { status: 'pass', summary: `All ${active.length} active remote sites use HTTPS with protocol security on.` };
    return { status: 'fail', summary: `${bad.length} active remote site${bad.length === 1 ? ' is' : 's are'} not secured.`, evidence: bad };
  },
});
