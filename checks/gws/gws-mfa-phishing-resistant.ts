import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

/** Security keys / passkeys only. The CIS profile asks for them for privileged accounts, which this per-OU setting cannot separate. */
export default defineCheck({
  id: 'gws-mfa-phishing-resistant',
  provider: 'gws',
  area: 'mfa',
  severity: 'medium',
  title: '2-Step Verification allows only phishing-resistant methods (passkeys and security keys)',
  owner: 'Super Admin',
  rationale:
    'Codes and prompts can be relayed by an adversary-in-the-middle phishing kit; passkeys and security keys are bound to Google’s origin and cannot be. SCuBA requires phishing-resistant MFA for all users.',
  remediation:
    'Admin console > Security > Authentication > 2-Step Verification > Methods: choose "Only security key" (passkeys and security keys) for the top OU once users have enrolled keys, and set every listed OU and group to Inherit. Under the cis profile this check is informational for non-privileged OUs.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.1.1v1'],
    cis: ['4.1.1.2'],
    docs: ['https://support.google.com/a/answer/9176657', 'https://support.google.com/a/answer/2537800'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const verdict = judgeSetting(policies, {
      spec: SETTINGS.twoStepFactors,
      fields: ['allowedSignInFactorSet'],
      weak: (v) => (v.allowedSignInFactorSet === 'PASSKEY_ONLY' ? null : `allowedSignInFactorSet is ${String(v.allowedSignInFactorSet)}`),
      passSummary: 'Only passkeys and security keys are allowed',
      failWhat: 'allow methods that are not phishing-resistant',
    });
    if (verdict.status === 'fail' && ctx.settings.profile === 'cis') {
      return { status: 'not_applicable', summary: `Not required by the cis profile for all users. ${verdict.summary}`, evidence: verdict.evidence };
    }
    return verdict;
  },
});
