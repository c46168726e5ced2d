import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-mfa-admins-capable',
  provider: 'm365',
  area: 'mfa',
  severity: 'critical',
  title: 'Every administrator is capable of MFA',
  owner: 'Privileged Authentication Administrator',
  rationale:
    'An administrator without a registered MFA method is protected by a password alone, and whoever registers a method first owns the account and its role.',
  remediation:
    'Have each listed administrator register a phishing-resistant method (passkey, FIDO2 key or Windows Hello for Business) now, using a Temporary Access Pass issued in person if needed. Remove the role from accounts that cannot.',
  references: {
    cis: ['5.2.3.4'],
    docs: [
      'https://learn.microsoft.com/entra/identity/authentication/howto-authentication-methods-activity',
      'https://learn.microsoft.com/graph/api/resources/userregistrationdetails',
    ],
  },
  reads: ['userRegistrationDetails'],
  evaluate({ userRegistrationDetails }) {
    const admins = userRegistrationDetails.filter((user) => user.isAdmin);
    if (admins.length === 0) {
      // Every tenant has at least one enabled administrator: an empty report is an incomplete read, not a clean tenant.
      return { status: 'not_assessed', summary: 'The registration report listed no administrators, so there was nothing to judge; check that the report covers the tenant (AuditLog.Read.All, Entra ID P1).' };
    }
    const incapable = admins.filter((user) => !user.isMfaCapable);
    const scope = 'Disabled accounts are not listed by the registration report.';
    if (incapable.length === 0) {
      return { status: 'pass', summary: `All ${admins.length} administrators are MFA-capable. ${scope}` };
    }
    return {
      status: 'fail',
      summary: `${incapable.length} of ${admins.length} administrators have no MFA method registered. ${scope}`,
      evidence: incapable.map((user) => ({
        kind: 'user' as const,
        name: user.userPrincipalName,
        id: user.id,
        detail: `${user.userType === 'guest' ? 'guest ' : ''}administrator, ${user.methodsRegistered.length ? `only ${user.methodsRegistered.join(', ')} registered` : 'no method registered'}`,
      })),
    };
  },
});
