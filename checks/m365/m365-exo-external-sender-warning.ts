import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';

export default defineCheck({
  id: 'm365-exo-external-sender-warning',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Mail from outside the organisation carries a visible external-sender warning',
  owner: 'Exchange Administrator',
  rationale:
    'Most phishing impersonates a colleague. A warning on every message from outside (the Outlook "External" tag, or a subject or banner added by a mail flow rule) tells the reader the sender is not who the display name suggests.',
  remediation:
    'Turn on the native tag: Set-ExternalInOutlook -Enabled $true (CIS asks for this). A mail flow rule also satisfies SCuBA: Exchange admin center > Mail flow > Rules > Add a rule "Apply this rule if the sender is located Outside the organization", action "Prepend the subject with" or "Apply a disclaimer", enforced. To audit: Get-ExternalInOutlook; Get-TransportRule | Where-Object FromScope -eq NotInOrganization.',
  references: {
    scuba: ['MS.EXO.7.1v1'],
    cis: ['6.2.3'],
    docs: ['https://learn.microsoft.com/powershell/module/exchange/set-externalinoutlook', 'https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/mail-flow-rules'],
  },
  reads: ['exoExternalInOutlook', 'exoTransportRules'],
  evaluate({ exoExternalInOutlook, exoTransportRules }) {
    const tagged = exoExternalInOutlook.length > 0 && exoExternalInOutlook.every((s) => s.enabled);
    const rule = exoTransportRules.find(
      (r) => r.state === 'Enabled' && r.mode === 'Enforce' && r.fromScope === 'NotInOrganization' && Boolean(r.prependSubject || r.applyHtmlDisclaimerText),
    );
    const evidence: Evidence[] = [];
    if (!tagged) evidence.push({ kind: 'setting', name: 'External sender tag (ExternalInOutlook)', detail: exoExternalInOutlook.length ? 'Enabled is false' : 'not returned' });
    if (!rule) {
      const weak = exoTransportRules.filter((r) => r.fromScope === 'NotInOrganization');
      evidence.push({ kind: 'policy', name: 'Mail flow rules', detail: weak.length ? `${weak.map((r) => `'${r.name}' (${r.state}, ${r.mode})`).join(', ')}: none enforced with a subject tag or disclaimer` : 'no rule warns about outside senders' });
    }
    const tagSummary = tagged ? 'The Outlook external-sender tag is on.' : 'The Outlook external-sender tag is off.';
    const ruleSummary = rule ? `Mail flow rule '${rule.name}' marks mail from outside.` : 'No enforced mail flow rule marks mail from outside.';
    return verdictOfControls(
      {
        'MS.EXO.7.1v1': tagged || rule ? { status: 'pass', summary: tagged ? tagSummary : ruleSummary } : { status: 'fail', summary: `${tagSummary} ${ruleSummary}` },
        '6.2.3': tagged ? { status: 'pass', summary: tagSummary } : { status: 'fail', summary: 'CIS asks for the Outlook external-sender tag itself.' },
      },
      evidence,
    );
  },
});
