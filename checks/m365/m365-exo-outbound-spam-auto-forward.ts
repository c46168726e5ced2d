import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-outbound-spam-auto-forward',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'Outbound spam policies turn automatic external forwarding off',
  owner: 'Security Administrator',
  rationale:
    'The outbound spam policy is the second gate on automatic forwarding: with AutoForwardingMode On, inbox rules and mailbox forwarding to outside addresses work even where remote domains would block them. CIS asks for every form of forwarding to be blocked.',
  remediation:
    'Microsoft Defender portal > Email & collaboration > Policies > Anti-spam > Anti-spam outbound policy (Default) and every custom outbound policy: Forwarding rules > Automatic forwarding rules: "Off - Forwarding is disabled". Or: Set-HostedOutboundSpamFilterPolicy -Identity Default -AutoForwardingMode Off. To audit: Get-HostedOutboundSpamFilterPolicy | Select-Object Name, AutoForwardingMode.',
  references: {
    cis: ['6.2.1'],
    docs: ['https://learn.microsoft.com/defender-office-365/outbound-spam-policies-external-email-forwarding', 'https://learn.microsoft.com/powershell/module/exchange/get-hostedoutboundspamfilterpolicy'],
  },
  reads: ['exoOutboundSpamPolicies'],
  evaluate({ exoOutboundSpamPolicies: policies }) {
    if (policies.length === 0) return { status: 'fail', summary: 'No outbound spam policy was returned, not even the Default one; forwarding cannot be shown to be off.', evidence: [{ kind: 'policy', name: 'Outbound spam policies', detail: 'none returned' }] };
    // Automatic is documented as "system-controlled" and now behaves like Off, but CIS asks for Off explicitly.
    const open = policies.filter((p) => p.autoForwardingMode !== 'Off');
    if (open.length === 0) return { status: 'pass', summary: `All ${policies.length} outbound spam policy(ies) set automatic forwarding to Off.` };
    return {
      status: 'fail',
      summary: `Outbound spam ${open.map((p) => `policy '${p.identity}' sets automatic forwarding to ${p.autoForwardingMode}`).join('; ')}.`,
      evidence: open.map((p) => ({ kind: 'policy', name: p.identity, detail: `AutoForwardingMode is ${p.autoForwardingMode}${p.isDefault ? ' (default policy)' : ''}` })),
    };
  },
});
