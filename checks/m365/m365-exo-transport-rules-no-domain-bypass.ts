import { defineCheck } from '../../src/core/define-check.js';
import { corroboratedBySecureScore } from '../../src/rules/m365/secure-score-evidence.js';

export default corroboratedBySecureScore(
  defineCheck({
    id: 'm365-exo-transport-rules-no-domain-bypass',
    provider: 'm365',
    area: 'external-sharing',
    severity: 'medium',
    title: 'No mail flow rule lets mail from a sender domain skip spam filtering',
    owner: 'Exchange Administrator',
    rationale: 'A rule that sets the spam confidence level to -1 for a sender domain trusts anyone who can forge or compromise that domain: their mail reaches inboxes unfiltered.',
    remediation: 'Exchange admin center > Mail flow > Rules: remove or narrow rules that "Set the spam confidence level (SCL) to Bypass spam filtering" for sender domains; use the Tenant Allow/Block List or connectors for genuine partners. To audit: Get-TransportRule | Where-Object { $_.SetSCL -eq -1 -and $_.SenderDomainIs }.',
    references: {
      cis: ['6.2.2'],
      docs: ['https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/use-rules-to-set-scl'],
    },
    reads: ['exoTransportRules'],
    evaluate({ exoTransportRules: rules }) {
      const bypass = rules.filter((r) => r.state === 'Enabled' && r.setScl === -1 && r.senderDomainIs.length > 0);
      if (bypass.length === 0) return { status: 'pass', summary: `None of the ${rules.length} mail flow rule(s) bypasses spam filtering for a sender domain.` };
      return { status: 'fail', summary: `Mail flow ${bypass.map((r) => `rule '${r.name}' bypasses spam filtering for ${r.senderDomainIs.join(', ')}`).join('; ')}.`, evidence: bypass.map((r) => ({ kind: 'policy', name: r.name, detail: `SetSCL -1 for ${r.senderDomainIs.join(', ')}` })) };
    },
  }),
);
