import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-mfa-direct-ui-logins-required',
  provider: 'salesforce',
  area: 'mfa',
  severity: 'high',
  title: 'Multi-factor authentication is required for every direct UI login',
  owner: 'Salesforce System Administrator',
  rationale:
    'Salesforce contractually requires MFA for direct logins to the user interface. The org-wide setting enforces it for every user whatever their profile or permission sets; without it a stolen password is enough to sign in.',
  remediation:
    'Setup > Identity Verification: select "Require multi-factor authentication (MFA) for all direct UI logins to your Salesforce org", after registering users for a verification method. For SSO users, enforce MFA at the identity provider.',
  references: {
    other: { 'Salesforce Health Check': ['Require multi-factor authentication (MFA) for all direct UI logins'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.mfa_enable_for_ui_logins.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    if (securitySettings.sessionSettings.enableMFADirectUILoginOptIn === true) {
      return { status: 'pass', summary: 'MFA is required for all direct UI logins.' };
    }
    return {
      status: 'fail',
      summary: 'The org-wide MFA requirement for direct UI logins is off.',
      evidence: [{ kind: 'setting', name: 'Require MFA for all direct UI logins', detail: securitySettings.sessionSettings.enableMFADirectUILoginOptIn === null ? 'not set' : 'off' }],
    };
  },
});
