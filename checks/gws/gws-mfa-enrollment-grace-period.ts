import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { durationSeconds, formatSeconds, judgeSetting } from '../../src/rules/gws/setting-verdict.js';

const WEEK = 7 * 86400;

export default defineCheck({
  id: 'gws-mfa-enrollment-grace-period',
  provider: 'gws',
  area: 'mfa',
  severity: 'medium',
  title: 'New users must enrol in 2-Step Verification within one week',
  owner: 'Super Admin',
  rationale:
    'During the new-user enrolment period an account signs in with a password only. A long period leaves new accounts (the favourite target of onboarding phishing) without a second factor; no period at all makes new users unable to enrol, which pushes admins to exempt them.',
  remediation:
    'Admin console > Security > Authentication > 2-Step Verification > New user enrollment period: choose 1 week (or less, but not None) for the top OU and set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.1.4v1'],
    docs: ['https://support.google.com/a/answer/9176657'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.twoStepGracePeriod,
      fields: ['enrollmentGracePeriod'],
      weak: (v) => {
        const seconds = durationSeconds(v.enrollmentGracePeriod);
        if (seconds === null) return `enrollmentGracePeriod is unreadable (${String(v.enrollmentGracePeriod)})`;
        if (seconds === 0) return 'no enrolment period (new users cannot enrol)';
        if (seconds > WEEK) return `enrolment period is ${formatSeconds(seconds)}`;
        return null;
      },
      passSummary: 'The new-user enrolment period is at most one week',
      failWhat: 'have an enrolment period of none or over one week',
    });
  },
});
