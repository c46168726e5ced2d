import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-pp-share-with-everyone-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Power Apps cannot be shared with Everyone',
  owner: 'Power Platform Administrator',
  rationale:
    'Sharing a canvas app with Everyone gives every user in the organization access to the app and to whatever data its connections reach; an app can be shared with the people who need it by name or security group instead.',
  remediation:
    'The setting is not in the admin center; with the Microsoft.PowerApps.Administration.PowerShell module: $s = Get-TenantSettings; $s.powerPlatform.powerApps.disableShareWithEveryone = $true; Set-TenantSettings $s. To audit: POST https://api.bap.microsoft.com/providers/Microsoft.BusinessAppPlatform/listTenantSettings?api-version=2020-10-01 (powerPlatform.powerApps.disableShareWithEveryone).',
  references: {
    scuba: ['MS.POWERPLATFORM.6.1v1'],
    docs: ['https://learn.microsoft.com/power-platform/admin/list-tenantsettings', 'https://learn.microsoft.com/power-apps/maker/canvas-apps/share-app'],
  },
  reads: ['powerPlatformTenantSettings'],
  evaluate({ powerPlatformTenantSettings }) {
    if (powerPlatformTenantSettings.disableShareWithEveryone) return { status: 'pass', summary: 'Makers cannot share Power Apps with Everyone (disableShareWithEveryone is true).' };
    return { status: 'fail', summary: 'Makers can share Power Apps with Everyone in the organization (disableShareWithEveryone is false).', evidence: [{ kind: 'setting', name: 'Power Apps disableShareWithEveryone', detail: 'false' }] };
  },
});
