import { defineCheck } from '../../src/core/define-check.js';
import { ANTI_SPAM_DOCS, antiSpamPrecedence } from '../../src/rules/m365/protection-policy-precedence.js';
import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { judgeEffectivePolicies } from '../../src/rules/m365/protection-policy-verdict.js';
import { corroboratedBySecureScore } from '../../src/rules/m365/secure-score-evidence.js';

const list = (domains: string[]) => `${domains.slice(0, 10).join(', ')}${domains.length > 10 ? ` and ${domains.length - 10} more` : ''}`;

export default corroboratedBySecureScore(
  defineCheck({
    id: 'm365-exo-spam-no-allowed-domains',
    provider: 'm365',
    area: 'external-sharing',
    severity: 'medium',
    title: 'Anti-spam policies allow no sender domains',
    owner: 'Security Administrator',
    rationale:
      'Mail from an allowed sender domain skips spam filtering; anyone who can spoof or compromise an address in that domain reaches the inbox, and common domains such as gmail.com open the door to everyone.',
    remediation:
      'Microsoft Defender portal > Email & collaboration > Policies > Anti-spam > each inbound policy: Allowed and blocked senders and domains: remove every allowed domain (use the Tenant Allow/Block List for a specific, time-limited exception). Or: Set-HostedContentFilterPolicy -Identity <policy> -AllowedSenderDomains $null. To audit: Get-HostedContentFilterPolicy | Select-Object Name, AllowedSenderDomains; Get-HostedContentFilterRule; Get-EOPProtectionPolicyRule.',
    references: {
      scuba: ['MS.SECURITYSUITE.6.2v1'],
      cis: ['2.1.14'],
      docs: ANTI_SPAM_DOCS,
    },
    reads: ['exoSpamFilterPolicies', 'exoSpamFilterRules', 'exoPresetPolicyRules', 'domains'],
    optionalReads: ['domains'],
    evaluate(sections) {
      const precedence = antiSpamPrecedence(sections);
      const weakness = (p: { allowedSenderDomains: string[] }) => (p.allowedSenderDomains.length ? `allows sender domains ${list(p.allowedSenderDomains)}` : null);
      const effective = judgeEffectivePolicies({ precedence, kind: 'anti-spam', weakness, secureState: 'allow no sender domain' });
      // CIS 2.1.14 asks it of each inbound policy, whether or not a rule applies it.
      const allowing = sections.exoSpamFilterPolicies.filter((p) => p.allowedSenderDomains.length > 0);
      const cis = allowing.length
        ? { status: 'fail' as const, summary: `CIS 2.1.14 judges every inbound policy: ${allowing.map((p) => `'${p.identity}' ${weakness(p)!}`).join('; ')}.` }
        : { status: 'pass' as const, summary: `None of the ${sections.exoSpamFilterPolicies.length} inbound anti-spam policy(ies) allows a sender domain.` };
      const idle = precedence.notInEffect.filter((e) => e.policy.allowedSenderDomains.length > 0);
      const evidence = [
        ...(effective.evidence ?? []),
        ...idle.map((e) => ({ kind: 'policy' as const, name: `Inbound anti-spam policy '${e.policy.identity}'`, detail: `${weakness(e.policy)!}: fails CIS 2.1.14, which counts every inbound policy` })),
      ];
      return verdictOfControls({ 'MS.SECURITYSUITE.6.2v1': { status: effective.status === 'fail' ? 'fail' : 'pass', summary: effective.summary }, '2.1.14': cis }, evidence);
    },
  }),
);
