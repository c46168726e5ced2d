import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-ext-sharepoint-legacy-auth-disabled',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'SharePoint does not accept legacy authentication protocols',
  owner: 'SharePoint Administrator',
  rationale:
    'Apps that use legacy authentication to SharePoint and OneDrive bypass MFA and Conditional Access, so a single guessed or leaked password opens every file the account can reach.',
  remediation:
    'SharePoint admin center > Policies > Access control > Apps that don\'t use modern authentication: choose Block access and save (Set-SPOTenant -LegacyAuthProtocolsEnabled $false).',
  references: {
    cis: ['7.2.1'],
    docs: [
      'https://learn.microsoft.com/graph/api/resources/sharepointsettings',
      'https://learn.microsoft.com/powershell/module/sharepoint-online/set-spotenant',
    ],
  },
  reads: ['sharePointSettings'],
  evaluate({ sharePointSettings }) {
    if (!sharePointSettings.isLegacyAuthProtocolsEnabled) {
      return { status: 'pass', summary: 'SharePoint and OneDrive block apps that use legacy authentication.' };
    }
    return {
      status: 'fail',
      summary: 'SharePoint and OneDrive accept legacy authentication, which bypasses MFA.',
      evidence: [{ kind: 'setting', name: 'isLegacyAuthProtocolsEnabled', detail: 'true' }],
    };
  },
});
