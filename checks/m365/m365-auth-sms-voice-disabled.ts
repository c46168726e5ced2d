import { defineCheck } from '../../src/core/define-check.js';

const WEAK_METHODS = ['sms', 'voice'];

export default defineCheck({
  id: 'm365-auth-sms-voice-disabled',
  provider: 'm365',
  area: 'mfa',
  severity: 'medium',
  title: 'SMS and voice call sign-in methods are disabled',
  owner: 'Authentication Policy Administrator',
  rationale:
    'SMS and voice codes can be intercepted through SIM swapping, number porting and SS7 attacks, and are easily phished. Stronger methods (Authenticator, FIDO2 security keys, passkeys) resist these attacks.',
  remediation:
    'Entra admin center > Protection > Authentication methods > Policies: open SMS and Voice call, set Enable to No, and save. Move users to Microsoft Authenticator or a passkey first.',
  references: {
    scuba: ['MS.AAD.3.5v2'],
    cis: ['5.2.3.5'],
    docs: ['https://learn.microsoft.com/entra/identity/authentication/concept-authentication-methods-manage'],
  },
  reads: ['authenticationMethodsPolicy'],
  evaluate({ authenticationMethodsPolicy }) {
    const enabled = authenticationMethodsPolicy.methods.filter(
      (method) => WEAK_METHODS.includes(method.id.toLowerCase()) && method.state === 'enabled',
    );
    if (enabled.length === 0) return { status: 'pass', summary: 'SMS and voice call methods are disabled.' };
    return {
      status: 'fail',
      summary: `${enabled.map((m) => m.id).join(' and ')} ${enabled.length === 1 ? 'is' : 'are'} enabled as a sign-in method.`,
      evidence: enabled.map((method) => ({
        kind: 'setting' as const,
        name: `${method.id} authentication method`,
        detail: `enabled for ${method.includeTargets.map((t) => t.id).join(', ') || 'no targets'}`,
      })),
    };
  },
});
