import { defineCheck } from '../../src/core/define-check.js';

/** Graph's value for "passwords never expire". */
const NEVER = 2147483647;

export default defineCheck({
  id: 'm365-priv-password-expiry-disabled',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'low',
  title: 'Passwords are set never to expire',
  owner: 'Global Administrator',
  rationale:
    'Forced periodic changes push users to predictable patterns (Summer2025!, Summer2026!) without stopping an attacker who already has the password. NIST SP 800-63B and Microsoft recommend no expiry combined with MFA and banned-password checks.',
  remediation:
    'Microsoft 365 admin center > Settings > Org settings > Security & privacy > Password expiration policy: tick "Set passwords to never expire". For each listed domain this sets passwordValidityPeriodInDays to 2147483647.',
  references: {
    scuba: ['MS.AAD.6.1v1'],
    cis: ['1.3.1'],
    docs: ['https://learn.microsoft.com/microsoft-365/admin/manage/set-password-expiration-policy'],
  },
  reads: ['domains'],
  evaluate({ domains }) {
    // Federated domains take their password policy from the identity provider, and unverified ones sign no one in.
    const managed = domains.filter((d) => d.isVerified && d.authenticationType.toLowerCase() === 'managed');
    const expiring = managed.filter((d) => d.passwordValidityPeriodInDays !== null && d.passwordValidityPeriodInDays !== NEVER);
    if (expiring.length === 0) {
      return { status: 'pass', summary: `Passwords never expire on all ${managed.length} verified managed domains.` };
    }
    return {
      status: 'fail',
      summary: `Passwords expire on ${expiring.length} of ${managed.length} verified managed domains.`,
      evidence: expiring.map((d) => ({ kind: 'domain' as const, name: d.id, detail: `passwords expire after ${d.passwordValidityPeriodInDays} days` })),
    };
  },
});
