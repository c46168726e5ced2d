import { defineCheck } from '../../src/core/define-check.js';

const SETTING = 'Password question requirement';

export default defineCheck({
  id: 'sf-password-question-excludes-password',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'low',
  title: 'The answer to the password-reset question cannot contain the password',
  owner: 'Salesforce System Administrator',
  rationale: 'An answer that contains the password hands the password to anyone who sees or recovers the answer.',
  remediation: 'Setup > Password Policies: set "Password question requirement" to "Cannot contain password".',
  references: {
    other: { 'Salesforce Health Check': [SETTING] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_password.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_securitysettings.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    const value = securitySettings.passwordPolicies.questionRestriction;
    if (value === null) return { status: 'not_assessed', summary: `SecuritySettings did not return passwordPolicies.questionRestriction, so "${SETTING}" could not be read.` };
    if (value === 'DoesNotContainPassword') return { status: 'pass', summary: 'The answer to the password-reset question cannot contain the password.' };
    return { status: 'fail', summary: `${SETTING} is ${value}: the answer may contain the password.`, evidence: [{ kind: 'setting', name: SETTING, detail: `${value}; should be DoesNotContainPassword` }] };
  },
});
