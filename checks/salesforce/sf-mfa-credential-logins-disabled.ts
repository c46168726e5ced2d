import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-mfa-credential-logins-disabled',
  provider: 'salesforce',
  area: 'mfa',
  severity: 'high',
  title: 'Login with Salesforce credentials is disabled org-wide, so users sign in through single sign-on',
  owner: 'Salesforce System Administrator',
  rationale:
    'While Salesforce usernames and passwords still work, they are a second way in that skips the identity provider\'s MFA, conditional access and offboarding: credential stuffing, phishing and brute force can target Salesforce directly. The org-level setting closes that path; named exceptions keep it through the "Is Single Sign-On Enabled" permission (SBS-AUTH-002).',
  remediation:
    'Setup > Single Sign-On Settings: turn on "Disable login with Salesforce credentials", after SSO works for everyone and break-glass accounts are exempted by permission.',
  references: {
    other: { SBS: ['SBS-AUTH-001'] },
    docs: [
      'https://github.com/scottbcovert/salesforce-security-benchmark-docs-site/blob/main/benchmark/authentication.md',
      'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_securitysettings.htm',
    ],
  },
  reads: ['securitySettings', 'organization'],
  evaluate({ securitySettings, organization }) {
    // SBS-AUTH-001 is written for production orgs; a sandbox commonly keeps password logins for testers.
    if (organization.isSandbox) {
      return { status: 'not_applicable', summary: 'This is a sandbox; SBS-AUTH-001 applies to production orgs.' };
    }
    const { isLoginWithSalesforceCredentialsDisabled: disabled, enableSamlLogin } = securitySettings.singleSignOn;
    if (disabled === true) return { status: 'pass', summary: 'Login with Salesforce credentials is disabled; users sign in through single sign-on.' };
    const sso = enableSamlLogin === true ? 'SAML single sign-on is on' : enableSamlLogin === false ? 'SAML single sign-on is off' : 'SAML single sign-on is not set';
    return {
      status: 'fail',
      summary: `Users can still sign in with Salesforce usernames and passwords (${sso}).`,
      evidence: [{ kind: 'setting', name: 'Disable login with Salesforce credentials', detail: disabled === null ? 'not set' : 'off' }],
    };
  },
});
