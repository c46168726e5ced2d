import { defineCheck } from '../../src/core/define-check.js';
import { healthCheckRowVerdict } from '../../src/rules/salesforce/health-check.js';

const SETTING = 'Lockout effective period';

export default defineCheck({
  id: 'sf-password-lockout-period',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'low',
  title: 'Locked-out users stay locked out for the period the Health Check baseline sets',
  owner: 'Salesforce System Administrator',
  rationale: 'A short lockout lets password guessing resume after a brief pause; the lockout period sets how many guesses an attacker gets per hour.',
  remediation: 'Setup > Password Policies: set "Lockout effective period" to the value Health Check shows as its baseline.',
  references: {
    other: { 'Salesforce Health Check': [SETTING] },
    docs: [
      'https://help.salesforce.com/s/articleView?id=sf.admin_password.htm',
      'https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_securityhealthcheckrisks.htm',
    ],
  },
  reads: ['healthCheck'],
  // The baseline value of this setting is not documented outside Health Check, so its own rating decides.
  evaluate({ healthCheck }) {
    return healthCheckRowVerdict(healthCheck, SETTING);
  },
});
