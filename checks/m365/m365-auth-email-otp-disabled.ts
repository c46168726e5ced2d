import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-auth-email-otp-disabled',
  provider: 'm365',
  area: 'mfa',
  severity: 'medium',
  title: 'Email one-time passcode is disabled as a sign-in method',
  owner: 'Authentication Policy Administrator',
  rationale:
    'A code sent by email proves only access to a mailbox, which is often protected by the same password it is meant to back up; it is phishable and falls with the mailbox. Note: in the authentication methods policy this setting also governs email one-time passcodes for B2B guests who redeem invitations without an Entra or Microsoft account, so check how guests sign in before turning it off (external collaboration settings can keep guest OTP separately).',
  remediation:
    'Entra admin center > Protection > Authentication methods > Policies > Email OTP: set Enable to No and save. If guests rely on one-time passcodes, confirm their sign-in path under External Identities > All identity providers first.',
  references: {
    scuba: ['MS.AAD.3.5v2'],
    cis: ['5.2.3.7'],
    docs: [
      'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-methods-manage',
      'https://learn.microsoft.com/entra/external-id/one-time-passcode',
    ],
  },
  reads: ['authenticationMethodsPolicy'],
  evaluate({ authenticationMethodsPolicy }) {
    const email = authenticationMethodsPolicy.methods.find((method) => method.id.toLowerCase() === 'email');
    if (!email || email.state !== 'enabled') {
      return { status: 'pass', summary: 'Email one-time passcode is disabled in the authentication methods policy.' };
    }
    return {
      status: 'fail',
      summary: 'Email one-time passcode is enabled as a sign-in method (this setting also covers guest one-time passcodes).',
      evidence: [
        {
          kind: 'setting',
          name: 'Email authentication method',
          detail: `enabled for ${email.includeTargets.map((t) => t.id).join(', ') || 'no targets'}`,
        },
      ],
    };
  },
});
