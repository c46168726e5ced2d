import { defineCheck } from '../../src/core/define-check.js';

/** The API-only integration profile cannot log in to the UI, so its users never register MFA. */
const API_ONLY_PROFILE = /API Only/i;
/** Salesforce does not accept SMS or a temporary code as an MFA method, so a user with only these is not registered. */
const WEAK_METHODS = new Set(['TempCode', 'VerifiedMobileNumber']);

export default defineCheck({
  id: 'sf-mfa-active-users-registered',
  provider: 'salesforce',
  area: 'mfa',
  severity: 'medium',
  title: 'Every active user who logs in with Salesforce credentials has an MFA method registered',
  owner: 'Salesforce User Administrator',
  rationale:
    'A user without a registered verification method is either blocked from signing in or, where MFA is not enforced, protected by a password only. Registration gaps are also where attackers register their own device first.',
  remediation:
    'Setup > Users: review the listed users and have each register Salesforce Authenticator, a TOTP app or a security key (the MFA registration report in Setup lists them too). Users who sign in only through SSO should carry a Federation ID.',
  references: {
    other: { 'Salesforce MFA requirement': ['MFA for direct logins to Salesforce products'] },
    docs: ['https://help.salesforce.com/s/articleView?id=000396727&type=1', 'https://help.salesforce.com/s/articleView?id=sf.mfa_verification_methods.htm'],
  },
  reads: ['users', 'mfaMethods'],
  evaluate({ users, mfaMethods }) {
    const methodsOf = new Map(mfaMethods.map((m) => [m.userId, m.methods]));
    const scope = users.filter((u) => u.userType === 'Standard' && !u.federationIdentifier && !API_ONLY_PROFILE.test(u.profileName ?? ''));
    const missing = scope.flatMap((u) => {
      const methods = methodsOf.get(u.id) ?? [];
      if (methods.some((m) => !WEAK_METHODS.has(m))) return [];
      const detail = methods.length
        ? `only ${methods.join(', ')}, which Salesforce does not accept for MFA (profile ${u.profileName ?? 'unknown'})`
        : `no verification method (profile ${u.profileName ?? 'unknown'})`;
      return [{ kind: 'user' as const, name: u.username, id: u.id, detail }];
    });
    if (missing.length === 0) return { status: 'pass', summary: `All ${scope.length} active users who use Salesforce credentials have an MFA method registered.` };
    return {
      status: 'fail',
      summary: `${missing.length} of ${scope.length} active users who use Salesforce credentials have no accepted MFA method registered (an authenticator app, Salesforce Authenticator or a security key).`,
      evidence: missing,
    };
  },
});
