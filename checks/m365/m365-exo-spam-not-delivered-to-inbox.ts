import { defineCheck } from '../../src/core/define-check.js';
import type { ExoSpamFilterPolicy } from '../../src/snapshot/m365.js';

// ScubaGear's AllowedSpamActions: each keeps the message out of the inbox. AddXHeader and ModifySubject deliver it there.
const KEPT_OUT = new Set(['MoveToJmf', 'Quarantine', 'Redirect', 'Delete']);
const ACTIONS = [
  ['spamAction', 'SpamAction'],
  ['highConfidenceSpamAction', 'HighConfidenceSpamAction'],
  ['phishSpamAction', 'PhishSpamAction'],
  ['highConfidencePhishAction', 'HighConfidencePhishAction'],
] as const satisfies readonly (readonly [keyof ExoSpamFilterPolicy, string])[];

export default defineCheck({
  id: 'm365-exo-spam-not-delivered-to-inbox',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'Anti-spam policies keep spam and phishing out of the inbox',
  owner: 'Security Administrator',
  rationale:
    'A spam or phishing verdict only protects users if the message then goes to Junk, quarantine or nowhere; with AddXHeader or ModifySubject it lands in the inbox with a tag most users never see.',
  remediation:
    'Microsoft Defender portal > Email & collaboration > Policies > Anti-spam > Anti-spam inbound policy (Default) and every custom policy: Actions: set Spam, High confidence spam, Phishing and High confidence phishing to "Move message to Junk Email folder" or "Quarantine message" (or add users to the Standard or Strict preset security policy). Or: Set-HostedContentFilterPolicy -Identity Default -SpamAction MoveToJmf -HighConfidenceSpamAction Quarantine -PhishSpamAction Quarantine -HighConfidencePhishAction Quarantine. To audit: Get-HostedContentFilterPolicy | Select-Object Name, SpamAction, HighConfidenceSpamAction, PhishSpamAction, HighConfidencePhishAction.',
  references: {
    scuba: ['MS.SECURITYSUITE.6.1v1'],
    docs: ['https://learn.microsoft.com/defender-office-365/anti-spam-policies-configure', 'https://learn.microsoft.com/powershell/module/exchange/get-hostedcontentfilterpolicy'],
  },
  reads: ['exoSpamFilterPolicies'],
  evaluate({ exoSpamFilterPolicies: policies }) {
    if (policies.length === 0) return { status: 'fail', summary: 'No inbound anti-spam policy was returned, not even the Default one.', evidence: [{ kind: 'policy', name: 'Anti-spam policies', detail: 'none returned' }] };
    // Every policy is judged, not only the highest-priority one: a user scoped into a weak policy gets only that one.
    const weak = policies
      .map((p) => ({ p, delivered: ACTIONS.filter(([field]) => !KEPT_OUT.has(p[field] as string)).map(([field, name]) => `${name} ${p[field] as string}`) }))
      .filter(({ delivered }) => delivered.length > 0);
    if (weak.length === 0) return { status: 'pass', summary: `All ${policies.length} anti-spam policy(ies) send spam and phishing to Junk, quarantine or nowhere.` };
    return {
      status: 'fail',
      summary: `Anti-spam ${weak.map(({ p, delivered }) => `policy '${p.identity}' delivers to the inbox (${delivered.join(', ')})`).join('; ')}.`,
      evidence: weak.map(({ p, delivered }) => ({ kind: 'policy', name: p.identity, detail: delivered.join(', ') })),
    };
  },
});
