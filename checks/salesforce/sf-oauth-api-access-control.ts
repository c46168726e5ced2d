import { defineCheck } from '../../src/core/define-check.js';
import { requireSettings } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-oauth-api-access-control',
  provider: 'salesforce',
  area: 'oauth-grants',
  severity: 'high',
  title: 'API Access Control allows only admin-approved connected apps',
  owner: 'Salesforce System Administrator',
  rationale:
    'Without API Access Control any OAuth client a user authorises, including unvetted third-party and phishing apps, can call the org\'s APIs with that user\'s access.',
  remediation:
    'Install and approve the connected apps in use (Setup > Connected Apps OAuth Usage), then turn on "Limit API access to installed and approved connected apps" for internal and, separately, external users (contact Salesforce Support if the option is not shown).',
  references: {
    other: { SBS: ['SBS-OAUTH-001'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_api_access_control_about.htm'],
  },
  reads: ['apiAccessControl'],
  evaluate({ apiAccessControl }) {
    return requireSettings(
      [
        { label: 'API Access Control (internal users)', value: apiAccessControl.enableAdminApprovedAppsOnly, want: true },
        { label: 'API Access Control (customers and partners)', value: apiAccessControl.enableAdminApprovedAppsOnlyForExternalUser, want: true },
      ],
      'Only installed and approved connected apps can call the API.',
    );
  },
});
