import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { durationSeconds, judgeSetting, verdictPerControl, type WeaknessTest } from '../../src/rules/gws/setting-verdict.js';
import type { GwsPolicies } from '../../src/snapshot/gws.js';

const judge = (policies: GwsPolicies, fields: string[], weak: WeaknessTest, passSummary: string, failWhat: string) =>
  judgeSetting(policies, { spec: SETTINGS.password, fields, weak, passSummary, failWhat });

const atLeast = (length: number): WeaknessTest => (v) =>
  typeof v.minimumLength === 'number' && v.minimumLength >= length ? null : `minimum length ${String(v.minimumLength)} (below ${length})`;
const strong: WeaknessTest = (v) => (v.allowedStrength === 'STRONG' ? null : `strength ${String(v.allowedStrength)}`);
const enforcedAtLogin: WeaknessTest = (v) => (v.enforceRequirementsAtLogin === true ? null : 'not enforced at next sign-in');
const noReuse: WeaknessTest = (v) => (v.allowReuse === true ? 'reuse allowed' : null);
const neverExpires: WeaknessTest = (v) => {
  const expiry = durationSeconds(v.expirationDuration);
  return expiry !== null && expiry > 0 ? `expires every ${Math.round(expiry / 86400)} days` : null;
};
const all = (...tests: WeaknessTest[]): WeaknessTest => (v, t) => {
  const problems = tests.map((test) => test(v, t)).filter((p): p is string => p !== null);
  return problems.length ? problems.join('; ') : null;
};

/**
 * Each control is judged by its own text: SCuBA 5.1 strength, 5.2 at least 12, 5.3 (SHOULD) at least 16,
 * 5.4 enforced at next sign-in, 5.5 no reuse, 5.6 never expire; CIS 4.1.5.1 strong, 14 or more, enforced
 * at sign-in, no reuse, and no expiry requirement. The profile picks which controls set the check's status.
 */
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
    const p = (fields: string[], weak: WeaknessTest, what: string, failWhat: string) => judge(policies, fields, weak, what, failWhat);
    return verdictPerControl(
      {
        'GWS.COMMONCONTROLS.5.1v1': p(['allowedStrength'], strong, 'Strong passwords are enforced', 'do not enforce strong passwords'),
        'GWS.COMMONCONTROLS.5.2v1': p(['minimumLength'], atLeast(12), 'Passwords are at least 12 characters', 'allow passwords shorter than 12 characters'),
        'GWS.COMMONCONTROLS.5.3v1': p(['minimumLength'], atLeast(16), 'Passwords are at least 16 characters', 'allow passwords shorter than 16 characters'),
        'GWS.COMMONCONTROLS.5.4v1': p(['enforceRequirementsAtLogin'], enforcedAtLogin, 'The password policy is enforced at next sign-in', 'do not enforce the password policy at next sign-in'),
        'GWS.COMMONCONTROLS.5.5v1': p(['allowReuse'], noReuse, 'Password reuse is not allowed', 'allow password reuse'),
        'GWS.COMMONCONTROLS.5.6v1': p(['expirationDuration'], neverExpires, 'Passwords do not expire', 'make passwords expire'),
        '4.1.5.1': p(
          ['allowedStrength', 'minimumLength', 'enforceRequirementsAtLogin', 'allowReuse'],
          all(strong, atLeast(14), enforcedAtLogin, noReuse),
          'The password policy meets CIS 4.1.5.1',
          'have a weak password policy',
        ),
      },
      ctx.settings.profile,
    );
  },
});
