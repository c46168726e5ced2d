import { defineCheck } from '../../src/core/define-check.js';
import { requireReturnedSetting } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-mfa-email-change-verified',
  provider: 'salesforce',
  area: 'mfa',
  severity: 'medium',
  title: "Changing a user's email address needs identity verification",
  owner: 'Salesforce System Administrator',
  rationale: 'The email address is where password resets and verification codes go; changing it unverified lets a hijacked session take over the account for good.',
  remediation: 'Setup > Session Settings > Identity Verification: select "Require identity verification for change of email address".',
  references: {
    other: { 'Salesforce Health Check': ['Require identity verification for change of email address'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_auth_setup_identity_verification.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_securitysettings.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireReturnedSetting(
      { label: 'Require identity verification for change of email address', field: 'sessionSettings.identityConfirmationOnEmailChange', value: securitySettings.sessionSettings.identityConfirmationOnEmailChange, want: true, control: 'Require identity verification for change of email address' },
      'Changing an email address requires identity verification.',
    );
  },
});
