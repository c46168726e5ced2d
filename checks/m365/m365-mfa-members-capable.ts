import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-mfa-members-capable',
  provider: 'm365',
  area: 'mfa',
  severity: 'high',
  title: 'Every enabled member account is capable of MFA',
  owner: 'Authentication Administrator',
  rationale:
    'A Conditional Access MFA requirement only protects users who have registered a strong method; an account with none can be claimed by whoever first signs in with its password and registers their own method.',
  remediation:
    'Have the listed users register Microsoft Authenticator or a passkey (a registration campaign or Temporary Access Pass helps), and use a Conditional Access policy on the "Register security information" user action to protect registration. Disable accounts that are no longer used.',
  references: {
    cis: ['5.2.3.4'],
    docs: [
      'https://learn.microsoft.com/entra/identity/authentication/howto-authentication-methods-activity',
      'https://learn.microsoft.com/graph/api/resources/userregistrationdetails',
    ],
  },
  reads: ['userRegistrationDetails'],
  evaluate({ userRegistrationDetails }) {
    const members = userRegistrationDetails.filter((user) => user.userType !== 'guest');
    if (members.length === 0) {
      // Every tenant has at least one enabled member account: an empty report is an incomplete read, not a clean tenant.
      return { status: 'not_assessed', summary: 'The registration report listed no member accounts, so there was nothing to judge; check that the report covers the tenant (AuditLog.Read.All, Entra ID P1).' };
    }
    const incapable = members.filter((user) => !user.isMfaCapable);
    const scope = 'The registration report lists enabled accounts only; disabled users are not assessed, and guests are excluded.';
    if (incapable.length === 0) {
      return { status: 'pass', summary: `All ${members.length} member accounts are MFA-capable. ${scope}` };
    }
    return {
      status: 'fail',
      summary: `${incapable.length} of ${members.length} member accounts have no MFA method registered. ${scope}`,
      evidence: incapable.map((user) => ({
        kind: 'user' as const,
        name: user.userPrincipalName,
        id: user.id,
        detail: user.methodsRegistered.length ? `only ${user.methodsRegistered.join(', ')} registered` : 'no method registered',
      })),
    };
  },
});
