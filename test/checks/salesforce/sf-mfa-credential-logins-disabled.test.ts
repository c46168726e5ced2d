import check from '../../../checks/salesforce/sf-mfa-credential-logins-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when Salesforce credential logins are disabled', expect: 'pass' },
  { name: 'fails when SSO is on but Salesforce credentials still work', patch: (o) => { o.securitySettings.singleSignOn.isLoginWithSalesforceCredentialsDisabled = false; }, expect: 'fail', evidence: ['Disable login with Salesforce credentials'], summary: /SAML single sign-on is on/ },
  { name: 'fails when the setting is absent from SecuritySettings', patch: (o) => { o.securitySettings.singleSignOn.isLoginWithSalesforceCredentialsDisabled = null; }, expect: 'fail', summary: /usernames and passwords/ },
  { name: 'fails in a production org without SSO at all (the control asks for the setting regardless)', patch: (o) => { o.securitySettings.singleSignOn = { enableSamlLogin: false, isLoginWithSalesforceCredentialsDisabled: false }; }, expect: 'fail', summary: /SAML single sign-on is off/ },
  { name: 'is not applicable in a sandbox', patch: (o) => { o.organization.isSandbox = true; o.securitySettings.singleSignOn.isLoginWithSalesforceCredentialsDisabled = false; }, expect: 'not_applicable' },
  { name: 'is not assessed when SecuritySettings cannot be read', unreadable: { securitySettings: { permission: 'View Setup and Configuration' } }, expect: 'not_assessed', summary: /View Setup/ },
]);
