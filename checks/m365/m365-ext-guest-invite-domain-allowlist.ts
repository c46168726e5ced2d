import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-ext-guest-invite-domain-allowlist',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Guest invitations are allowed only to approved domains',
  owner: 'Global Administrator',
  rationale:
    'Without a domain allow-list, guests can be invited from any organisation or consumer mail service. Listing approved partner domains keeps guest accounts to organisations with a business relationship.',
  remediation:
    'Entra admin center > External Identities > External collaboration settings > Collaboration restrictions: choose "Allow invitations only to the specified domains (most restrictive)", add the approved partner domains under Target domains and save.',
  references: {
    scuba: ['MS.AAD.8.3v1'],
    cis: ['5.1.6.1'],
    docs: ['https://learn.microsoft.com/entra/external-id/allow-deny-list'],
  },
  reads: ['b2bInvitePolicy'],
  evaluate({ b2bInvitePolicy: policy }) {
    if (policy.mode === 'allowList' && policy.domains.length > 0) {
      return {
        status: 'pass',
        summary: `Guest invitations are limited to ${policy.domains.length} allowed domain(s).`,
        evidence: policy.domains.map((name) => ({ kind: 'domain' as const, name, detail: 'allowed for invitations' })),
      };
    }
    if (policy.mode === 'allowList') {
      return {
        status: 'fail',
        summary: 'The invitation allow-list is selected but lists no domains.',
        evidence: [{ kind: 'setting', name: 'Collaboration restrictions', detail: 'allow-list with no domains' }],
      };
    }
    return {
      status: 'fail',
      summary:
        policy.mode === 'blockList'
          ? `Guest invitations go to any domain except ${policy.domains.length} blocked one(s).`
          : 'Guest invitations can be sent to any domain.',
      evidence: [
        { kind: 'setting', name: 'Collaboration restrictions', detail: policy.mode === 'blockList' ? 'block-list' : 'invitations to any domain' },
        ...policy.domains.map((name) => ({ kind: 'domain' as const, name, detail: 'blocked' })),
      ],
    };
  },
});
