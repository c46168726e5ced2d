import { defineCheck } from '../../src/core/define-check.js';
import { requireReturnedSetting } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-password-secret-answer-obscured',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'low',
  title: 'Security-question answers are hidden while users type them',
  owner: 'Salesforce System Administrator',
  rationale: "A visible answer to the password-reset question can be read over the user's shoulder or from a screen recording and used to reset the password.",
  remediation: 'Setup > Password Policies: select "Obscure secret answer for password resets".',
  references: {
    other: { 'Salesforce Health Check': ['Obscure secret answer for password resets'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_password.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_securitysettings.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireReturnedSetting(
      { label: 'Obscure secret answer for password resets', field: 'passwordPolicies.obscureSecretAnswer', value: securitySettings.passwordPolicies.obscureSecretAnswer, want: true, control: 'Obscure secret answer for password resets' },
      'Answers to the password-reset question are obscured.',
    );
  },
});
