import { defineCheck } from '../../src/core/define-check.js';
import { ANTI_SPAM_DOCS, antiSpamPrecedence } from '../../src/rules/m365/protection-policy-precedence.js';
import { judgeEffectivePolicies } from '../../src/rules/m365/protection-policy-verdict.js';
import type { ExoSpamFilterPolicy } from '../../src/snapshot/m365.js';
import { corroboratedBySecureScore } from '../../src/rules/m365/secure-score-evidence.js';

// ScubaGear's AllowedSpamActions: each keeps the message out of the inbox. AddXHeader and ModifySubject deliver it there.
const KEPT_OUT = new Set(['MoveToJmf', 'Quarantine', 'Redirect', 'Delete']);
const ACTIONS = [
  ['spamAction', 'SpamAction'],
  ['highConfidenceSpamAction', 'HighConfidenceSpamAction'],
  ['phishSpamAction', 'PhishSpamAction'],
  ['highConfidencePhishAction', 'HighConfidencePhishAction'],
] as const satisfies readonly (readonly [keyof ExoSpamFilterPolicy, string])[];

function deliveredToInbox(policy: ExoSpamFilterPolicy): string | null {
  const delivered = ACTIONS.filter(([field]) => !KEPT_OUT.has(policy[field] as string)).map(([field, name]) => `${name} ${policy[field] as string}`);
  return delivered.length ? `delivers to the inbox (${delivered.join(', ')})` : null;
}

export default corroboratedBySecureScore(
  defineCheck({
    id: 'm365-exo-spam-not-delivered-to-inbox',
    provider: 'm365',
    area: 'external-sharing',
    severity: 'high',
    title: 'Anti-spam policies keep spam and phishing out of the inbox',
    owner: 'Security Administrator',
    rationale:
      'A spam or phishing verdict only protects users if the message then goes to Junk, quarantine or nowhere; with AddXHeader or ModifySubject it lands in the inbox with a tag most users never see.',
    remediation:
      'Microsoft Defender portal > Email & collaboration > Policies > Anti-spam > Anti-spam inbound policy (Default) and every custom policy whose rule is on: Actions: set Spam, High confidence spam, Phishing and High confidence phishing to "Move message to Junk Email folder" or "Quarantine message" (or add users to the Standard or Strict preset security policy, which take precedence). Or: Set-HostedContentFilterPolicy -Identity Default -SpamAction MoveToJmf -HighConfidenceSpamAction Quarantine -PhishSpamAction Quarantine -HighConfidencePhishAction Quarantine. To audit: Get-HostedContentFilterPolicy | Select-Object Name, SpamAction, HighConfidenceSpamAction, PhishSpamAction, HighConfidencePhishAction; Get-HostedContentFilterRule; Get-EOPProtectionPolicyRule.',
    references: {
      scuba: ['MS.SECURITYSUITE.6.1v1'],
      docs: ANTI_SPAM_DOCS,
    },
    reads: ['exoSpamFilterPolicies', 'exoSpamFilterRules', 'exoPresetPolicyRules', 'domains'],
    optionalReads: ['domains'],
    evaluate(sections) {
      const precedence = antiSpamPrecedence(sections);
      return judgeEffectivePolicies({ precedence, kind: 'anti-spam', weakness: deliveredToInbox, secureState: 'all send spam and phishing to Junk, quarantine or nowhere' });
    },
  }),
);
