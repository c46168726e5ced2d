import { defineCheck } from '../../src/core/define-check.js';
import { requireReturnedSetting } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-session-sms-identity-enabled',
  provider: 'salesforce',
  area: 'mfa',
  severity: 'high',
  title: 'Users can verify their identity by SMS when activating a device',
  owner: 'Salesforce System Administrator',
  rationale: 'Without the SMS method, identity verification for a new browser or device falls back to email alone, which an attacker who controls the mailbox can pass.',
  remediation: 'Setup > Session Settings: select "Enable the SMS method of device activation".',
  references: {
    other: { 'Salesforce Health Check': ['Enable the SMS method of device activation'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_auth_setup_identity_verification.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_securitysettings.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireReturnedSetting(
      { label: 'Enable the SMS method of device activation', field: 'sessionSettings.enableSMSIdentity', value: securitySettings.sessionSettings.enableSMSIdentity, want: true, control: 'Enable the SMS method of device activation' },
      'SMS can be used to verify identity when activating a device.',
    );
  },
});
