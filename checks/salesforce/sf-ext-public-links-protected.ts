import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-ext-public-links-protected',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Public content links expire and require a password',
  owner: 'Salesforce Content Administrator',
  rationale: 'A content delivery (public link) without expiry or password stays reachable by anyone who obtains the URL, for as long as it exists.',
  remediation:
    'For each listed link (Files > Share > Public Link, or ContentDistribution), set an expiry date and require a password, or delete it. Consider the "Require password" and expiry defaults in Content Deliveries and Public Links settings.',
  references: {
    other: { SBS: ['SBS-FILE-001', 'SBS-FILE-002'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.content_delivery_create.htm'],
  },
  reads: ['contentLinks'],
  evaluate({ contentLinks }, ctx) {
    const live = contentLinks.filter((l) => !(l.expires && l.expiryDate && new Date(l.expiryDate) <= ctx.now));
    const weak = live.filter((l) => !l.expires || !l.passwordRequired);
    const scope = 'links on files the integration user can see';
    if (weak.length === 0) return { status: 'pass', summary: `All ${live.length} live public ${scope} expire and require a password.` };
    return {
      status: 'fail',
      summary: `${weak.length} live public link${weak.length === 1 ? '' : 's'} lack an expiry or a password (${scope}).`,
      evidence: weak.map((l) => ({ kind: 'setting' as const, name: `Public link: ${l.name}`, id: l.id, detail: [!l.expires && 'no expiry', !l.passwordRequired && 'no password'].filter(Boolean).join(', ') })),
    };
  },
});
