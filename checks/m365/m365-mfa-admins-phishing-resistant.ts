import { defineCheck } from '../../src/core/define-check.js';

/** methodsRegistered values that are phishing-resistant (bound to the device or a certificate). */
const PHISHING_RESISTANT = new Set(['fido2', 'windowshelloforbusiness', 'passkeydevicebound', 'passkeydeviceboundauthenticator', 'passkeydeviceboundwindowshello']);

const isPhishingResistant = (method: string): boolean => {
  const m = method.toLowerCase();
  return PHISHING_RESISTANT.has(m) || m.startsWith('x509certificate');
};

export default defineCheck({
  id: 'm365-mfa-admins-phishing-resistant',
  provider: 'm365',
  area: 'mfa',
  severity: 'high',
  title: 'Every administrator has a phishing-resistant method registered',
  owner: 'Privileged Authentication Administrator',
  rationale:
    'Push notifications, codes and calls can be relayed by an adversary-in-the-middle proxy. A policy that requires phishing-resistant MFA for administrators locks out any admin without a passkey, FIDO2 key, Windows Hello for Business or certificate, so the methods must be registered before the policy can be enforced.',
  remediation:
    'Have each listed administrator register a passkey (FIDO2 security key or Authenticator passkey), Windows Hello for Business, or certificate-based authentication; then require the Phishing-resistant MFA authentication strength for admin roles in Conditional Access.',
  // Not MS.AAD.3.6: that policy asks for a Conditional Access requirement, which m365-ca-phishing-resistant-admins judges.
  references: {
    cis: ['5.2.2.5'],
    docs: [
      'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strengths',
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
    const lacking = admins.filter((user) => !user.methodsRegistered.some(isPhishingResistant));
    if (lacking.length === 0) {
      return { status: 'pass', summary: `All ${admins.length} administrators have a phishing-resistant method registered.` };
    }
    return {
      status: 'fail',
      summary: `${lacking.length} of ${admins.length} administrators have no phishing-resistant method registered.`,
      evidence: lacking.map((user) => ({
        kind: 'user' as const,
        name: user.userPrincipalName,
        id: user.id,
        detail: user.methodsRegistered.length ? `registered: ${user.methodsRegistered.join(', ')}` : 'no method registered',
      })),
    };
  },
});
