import { defineCheck } from '../../src/core/define-check.js';
import { requireReturnedSetting } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-password-min-lifetime-one-day',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'A password can be changed at most once a day',
  owner: 'Salesforce System Administrator',
  rationale: 'Without a minimum lifetime, a user can cycle through the password history in minutes and reuse an old (perhaps leaked) password.',
  remediation: 'Setup > Password Policies: select "Require a minimum 1 day password lifetime".',
  references: {
    other: { 'Salesforce Health Check': ['Require a minimum 1-day password lifetime'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_password.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_securitysettings.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireReturnedSetting(
      { label: 'Require a minimum 1-day password lifetime', field: 'passwordPolicies.minimumPasswordLifetime', value: securitySettings.passwordPolicies.minimumPasswordLifetime, want: true, control: 'Require a minimum 1-day password lifetime' },
      'Passwords can be changed at most once in 24 hours.',
    );
  },
});
