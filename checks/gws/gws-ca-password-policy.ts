import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { durationSeconds, judgeSetting } from '../../src/rules/gws/setting-verdict.js';
import type { Profile } from '../../src/core/tenant-settings.js';

/**
 * SCuBA: 12 characters SHALL (5.2), 16 SHOULD (5.3), never expire (5.6). CIS 4.1.5.1: 14 or more, and no
 * expiry requirement. strict takes the longer length and keeps SCuBA's no-expiry rule.
 */
const MINIMUM_LENGTH: Record<Profile, number> = { strict: 16, scuba: 16, cis: 14 };

export default defineCheck({
  id: 'gws-ca-password-policy',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Passwords are strong, at least 16 characters (14 under cis), checked at sign-in, not reused and do not expire',
  owner: 'Super Admin',
  rationale:
    'Length is what resists guessing; requirements only help when enforced at the next sign-in; reuse lets a leaked old password back in; forced expiry drives predictable passwords (NIST SP 800-63B).',
  remediation:
    'Admin console > Security > Authentication > Password management: tick Enforce strong password, set Minimum length to 16 or more (CIS asks for 14), tick Enforce password policy at next sign-in, untick Allow password reuse, set Password reset frequency to Never expires; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.5.1v1', 'GWS.COMMONCONTROLS.5.2v1', 'GWS.COMMONCONTROLS.5.3v1', 'GWS.COMMONCONTROLS.5.4v1', 'GWS.COMMONCONTROLS.5.5v1', 'GWS.COMMONCONTROLS.5.6v1'],
    cis: ['4.1.5.1'],
    docs: ['https://support.google.com/a/answer/139399'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const minimum = MINIMUM_LENGTH[ctx.settings.profile];
    const judgeExpiry = ctx.settings.profile !== 'cis';
    return judgeSetting(policies, {
      spec: SETTINGS.password,
      fields: ['allowedStrength', 'minimumLength', 'enforceRequirementsAtLogin', 'allowReuse', ...(judgeExpiry ? ['expirationDuration'] : [])],
      weak: (v) => {
        const problems: string[] = [];
        if (v.allowedStrength !== 'STRONG') problems.push(`strength ${String(v.allowedStrength)}`);
        if (typeof v.minimumLength !== 'number' || v.minimumLength < minimum) problems.push(`minimum length ${String(v.minimumLength)} (below ${minimum})`);
        if (v.enforceRequirementsAtLogin !== true) problems.push('not enforced at next sign-in');
        if (v.allowReuse === true) problems.push('reuse allowed');
        const expiry = durationSeconds(v.expirationDuration);
        if (judgeExpiry && expiry !== null && expiry > 0) problems.push(`expires every ${Math.round(expiry / 86400)} days`);
        return problems.length ? problems.join('; ') : null;
      },
      passSummary: 'The password policy meets the baseline',
      failWhat: 'have a weak password policy',
    });
  },
});
