import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { effectiveSettings, GOOGLE_DEFAULT } from '../../src/rules/gws/effective-settings.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';

/** Security keys / passkeys only. The CIS profile asks for them for privileged accounts, which this per-OU setting cannot separate. */
export default defineCheck({
  id: 'gws-mfa-phishing-resistant',
  provider: 'gws',
  area: 'mfa',
  severity: 'medium',
  title: '2-Step Verification is enforced and allows only phishing-resistant methods (passkeys and security keys)',
  owner: 'Super Admin',
  rationale:
    'Codes and prompts can be relayed by an adversary-in-the-middle phishing kit; passkeys and security keys are bound to Google’s origin and cannot be. SCuBA requires phishing-resistant MFA for all users.',
  remediation:
    'Admin console > Security > Authentication > 2-Step Verification > Methods: set Enforcement to On and choose "Only security key" (passkeys and security keys) for the top OU once users have enrolled keys, and set every listed OU and group to Inherit. Under the cis profile this check is informational for non-privileged OUs.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.1.1v1'],
    cis: ['4.1.1.2'],
    docs: ['https://support.google.com/a/answer/9176657', 'https://support.google.com/a/answer/2537800'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const evidence: Evidence[] = [];
    const targets = effectiveSettings(policies, { factors: SETTINGS.twoStepFactors, enforcement: SETTINGS.twoStepEnforcement });
    for (const target of targets) {
      const factors = target.settings.factors;
      const from = typeof target.settings.enforcement.value.enforcedFrom === 'string' ? Date.parse(target.settings.enforcement.value.enforcedFrom) : NaN;
      const problems: string[] = [];
      if (factors.value.allowedSignInFactorSet !== 'PASSKEY_ONLY') {
        problems.push(`allowedSignInFactorSet is ${String(factors.value.allowedSignInFactorSet)} (from ${factors.origin.allowedSignInFactorSet ?? GOOGLE_DEFAULT})`);
      }
      // Passkey-only means nothing where 2SV is not enforced: the password alone still signs in.
      if (!Number.isFinite(from) || from <= 0 || from > ctx.now.getTime()) problems.push('2-Step Verification is not enforced, so a password alone signs in');
      if (problems.length === 0) continue;
      evidence.push({
        kind: target.kind,
        name: target.kind === 'group' ? `group ${target.name}` : target.name,
        id: target.kind === 'group' ? `groups/${target.id}` : `orgUnits/${target.id}`,
        detail: problems.join('; '),
      });
    }
    if (evidence.length === 0) {
      return { status: 'pass', summary: `Only passkeys and security keys are allowed, with 2-Step Verification enforced, in all ${targets.length} OUs and group overrides.` };
    }
    const summary = `${evidence.length} of ${targets.length} OUs/groups allow sign-in without a phishing-resistant method: ${evidence.slice(0, 3).map((e) => e.name).join(', ')}${evidence.length > 3 ? ', …' : ''}.`;
    if (ctx.settings.profile === 'cis') {
      return { status: 'not_applicable', summary: `Not required for all users by the cis profile (it asks for security keys on admin accounts). ${summary}`, evidence };
    }
    return { status: 'fail', summary, evidence };
  },
});
