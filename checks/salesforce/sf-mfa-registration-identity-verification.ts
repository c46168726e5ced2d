import { defineCheck } from '../../src/core/define-check.js';
import { requireSettings } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-mfa-registration-identity-verification',
  provider: 'salesforce',
  area: 'mfa',
  severity: 'medium',
  title: 'Identity verification is required when a user registers an MFA method',
  owner: 'Salesforce System Administrator',
  rationale:
    'Without it, anyone holding a session or a password can register their own authenticator and from then on pass MFA as that user.',
  remediation:
    'Setup > Identity Verification: select "Require identity verification during multi-factor authentication (MFA) registration".',
  references: {
    other: { 'Salesforce Health Check': ['Require identity verification during multi-factor authentication (MFA) registration'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_require_two-factor_authentication.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireSettings(
      [{ label: 'Require identity verification during MFA registration', value: securitySettings.sessionSettings.identityConfirmationOnTwoFactorRegistrationEnabled, want: true }],
      'Registering an MFA method requires identity verification.',
    );
  },
});
