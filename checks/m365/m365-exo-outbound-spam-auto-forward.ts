import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import type { ExoTransportRule, M365Domain } from '../../src/snapshot/m365.js';
import { corroboratedBySecureScore } from '../../src/rules/m365/secure-score-evidence.js';

/** CIS 6.2.1 step 1: an enabled mail flow rule that redirects to an address outside the tenant's domains. */
function externalRedirects(rules: readonly ExoTransportRule[], domains: readonly M365Domain[]): Evidence[] {
  const own = new Set(domains.map((d) => d.id.toLowerCase()));
  return rules
    .filter((r) => r.state === 'Enabled')
    .flatMap((r) => {
      const outside = r.redirectMessageTo.filter((address) => !own.has(address.split('@').pop()!.toLowerCase()));
      return outside.length ? [{ kind: 'policy' as const, name: `Mail flow rule '${r.name}'`, detail: `redirects to ${outside.join(', ')}` }] : [];
    });
}

export default corroboratedBySecureScore(
  defineCheck({
    id: 'm365-exo-outbound-spam-auto-forward',
    provider: 'm365',
    area: 'external-sharing',
    severity: 'high',
    title: 'Automatic forwarding to outside addresses is off (outbound spam policies and mail flow rules)',
    owner: 'Security Administrator',
    rationale:
      'The outbound spam policy is the second gate on automatic forwarding: with AutoForwardingMode On, inbox rules and mailbox forwarding to outside addresses work even where remote domains would block them. CIS asks for every form of forwarding to be blocked, mail flow rules that redirect outside the organisation included.',
    remediation:
      'Microsoft Defender portal > Email & collaboration > Policies > Anti-spam > Anti-spam outbound policy (Default) and every custom outbound policy: Forwarding rules > Automatic forwarding rules: "Off - Forwarding is disabled". Or: Set-HostedOutboundSpamFilterPolicy -Identity Default -AutoForwardingMode Off. Exchange admin center > Mail flow > Rules: remove or disable every rule that redirects mail to an outside address. To audit: Get-HostedOutboundSpamFilterPolicy | Select-Object Name, AutoForwardingMode; Get-TransportRule | Where-Object { $_.RedirectMessageTo } | Select-Object Name, State, RedirectMessageTo.',
    references: {
      cis: ['6.2.1'],
      docs: [
        'https://learn.microsoft.com/defender-office-365/outbound-spam-policies-external-email-forwarding',
        'https://learn.microsoft.com/powershell/module/exchange/get-hostedoutboundspamfilterpolicy',
        'https://learn.microsoft.com/powershell/module/exchange/get-transportrule',
      ],
    },
    reads: ['exoOutboundSpamPolicies', 'exoTransportRules', 'domains'],
    evaluate({ exoOutboundSpamPolicies: policies, exoTransportRules, domains }) {
      if (policies.length === 0) return { status: 'fail', summary: 'No outbound spam policy was returned, not even the Default one; forwarding cannot be shown to be off.', evidence: [{ kind: 'policy', name: 'Outbound spam policies', detail: 'none returned' }] };
      // Automatic is documented as "system-controlled" and now behaves like Off, but CIS asks for Off explicitly.
      const open = policies.filter((p) => p.autoForwardingMode !== 'Off');
      const redirects = externalRedirects(exoTransportRules, domains);
      if (open.length === 0 && redirects.length === 0) {
        return { status: 'pass', summary: `All ${policies.length} outbound spam policy(ies) set automatic forwarding to Off, and no enabled mail flow rule redirects outside the organisation.` };
      }
      const parts = [
        ...open.map((p) => `outbound spam policy '${p.identity}' sets automatic forwarding to ${p.autoForwardingMode}`),
        ...redirects.map((e) => `${e.name} ${e.detail}`),
      ];
      return {
        status: 'fail',
        summary: `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
        evidence: [
          ...open.map((p) => ({ kind: 'policy' as const, name: p.identity, detail: `AutoForwardingMode is ${p.autoForwardingMode}${p.isDefault ? ' (default policy)' : ''}` })),
          ...redirects,
        ],
      };
    },
  }),
);
