import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { durationSeconds, judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-ca-password-policy',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Passwords are strong, at least 12 characters, checked at sign-in, not reused and do not expire',
  owner: 'Super Admin',
  rationale:
    'Length is what resists guessing; requirements only help when enforced at the next sign-in; reuse lets a leaked old password back in; forced expiry drives predictable passwords (NIST SP 800-63B).',
  remediation:
    'Admin console > Security > Authentication > Password management: tick Enforce strong password, set Minimum length to 12 or more (16 recommended), tick Enforce password policy at next sign-in, untick Allow password reuse, set Password reset frequency to Never expires; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.5.1v1', 'GWS.COMMONCONTROLS.5.2v1', 'GWS.COMMONCONTROLS.5.3v1', 'GWS.COMMONCONTROLS.5.4v1', 'GWS.COMMONCONTROLS.5.5v1'],
    cis: ['4.1.5.1'],
    docs: ['https://support.google.com/a/answer/139399'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.password,
      fields: ['allowedStrength', 'minimumLength', 'enforceRequirementsAtLogin', 'allowReuse', 'expirationDuration'],
      weak: (v) => {
        const problems: string[] = [];
        if (v.allowedStrength !== 'STRONG') problems.push(`strength ${String(v.allowedStrength)}`);
        if (typeof v.minimumLength !== 'number' || v.minimumLength < 12) problems.push(`minimum length ${String(v.minimumLength)}`);
        if (v.enforceRequirementsAtLogin !== true) problems.push('not enforced at next sign-in');
        if (v.allowReuse === true) problems.push('reuse allowed');
        const expiry = durationSeconds(v.expirationDuration);
        if (expiry !== null && expiry > 0) problems.push(`expires every ${Math.round(expiry / 86400)} days`);
        return problems.length ? problems.join('; ') : null;
      },
      passSummary: 'The password policy meets the baseline',
      failWhat: 'have a weak password policy',
    });
  },
});
