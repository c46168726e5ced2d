import { defineCheck } from '../../src/core/define-check.js';
import type { AuthMethodConfiguration } from '../../src/snapshot/m365.js';

/** Graph's excludeTarget id for "no one excluded". */
const NOBODY = '00000000-0000-0000-0000-000000000000';

const OTP_LABEL = 'Allow use of Microsoft Authenticator OTP';

type FeatureName = 'displayAppInformationRequiredState' | 'displayLocationInformationRequiredState';

const FEATURES: { key: FeatureName; label: string }[] = [
  { key: 'displayAppInformationRequiredState', label: 'Show application name in push and passwordless notifications' },
  { key: 'displayLocationInformationRequiredState', label: 'Show geographic location in push and passwordless notifications' },
];

function shortfall(method: AuthMethodConfiguration, key: FeatureName): string | null {
  const feature = method.featureSettings?.[key];
  if (!feature) return 'not set (Microsoft-managed default)';
  if (feature.state === 'default') return 'Microsoft-managed (default), not explicitly enabled';
  if (feature.state !== 'enabled') return `state is ${feature.state}`;
  const target = feature.includeTarget?.id;
  if (target !== 'all_users') return `enabled only for ${target ?? 'no target'}, not all users`;
  const excluded = feature.excludeTarget?.id;
  if (excluded && excluded !== NOBODY) return `enabled for all users but excludes ${feature.excludeTarget?.targetType ?? 'group'} ${excluded}`;
  return null;
}

export default defineCheck({
  id: 'm365-auth-authenticator-context',
  provider: 'm365',
  area: 'mfa',
  severity: 'medium',
  title: 'Microsoft Authenticator shows the app name and sign-in location to all users and offers no one-time codes',
  owner: 'Authentication Policy Administrator',
  rationale:
    'Number matching alone does not tell a user which application or place a push request comes from. Showing the requesting app and the geographic location lets users spot and deny MFA-fatigue and adversary-in-the-middle prompts. The app\'s one-time codes carry none of that context and can be relayed by a phishing proxy, so SCuBA turns them off.',
  remediation:
    'Entra admin center > Protection > Authentication methods > Policies > Microsoft Authenticator > Configure: set "Show application name" and "Show geographic location" to Enabled, targeting All users; on the Configure tab set "Allow use of Microsoft Authenticator OTP" to No; save.',
  references: {
    scuba: ['MS.AAD.3.3v2'],
    cis: ['5.2.3.1'],
    docs: ['https://learn.microsoft.com/entra/identity/authentication/how-to-mfa-additional-context'],
  },
  reads: ['authenticationMethodsPolicy'],
  evaluate({ authenticationMethodsPolicy }) {
    const method = authenticationMethodsPolicy.methods.find((m) => m.id.toLowerCase() === 'microsoftauthenticator');
    if (!method || method.state !== 'enabled') {
      return { status: 'pass', summary: 'Microsoft Authenticator is disabled, so its notifications cannot be abused.' };
    }
    const evidence = FEATURES.flatMap(({ key, label }) => {
      const problem = shortfall(method, key);
      return problem ? [{ kind: 'setting' as const, name: label, detail: problem }] : [];
    });
    // MS.AAD.3.3v2 instructions: "Allow use of Microsoft Authenticator OTP: No". Codes can be relayed like any OTP.
    if (method.isSoftwareOathEnabled !== false) {
      evidence.push({ kind: 'setting', name: OTP_LABEL, detail: method.isSoftwareOathEnabled ? 'allowed (isSoftwareOathEnabled is true)' : 'not reported by Graph (isSoftwareOathEnabled is null)' });
    }
    if (evidence.length === 0) {
      return { status: 'pass', summary: 'Authenticator shows the application name and location to all users, and its one-time codes are not allowed.' };
    }
    const context = evidence.filter((e) => e.name !== OTP_LABEL).length;
    const parts = [
      ...(context ? [`${context === 2 ? 'neither the app name nor the location is' : 'not all context is'} shown to all users`] : []),
      ...(context < evidence.length ? ['its one-time codes (OTP) are not turned off'] : []),
    ];
    return { status: 'fail', summary: `Authenticator is enabled but ${parts.join(', and ')}.`, evidence };
  },
});
