import { defineCheck } from '../../src/core/define-check.js';
import { settingVerdict } from '../../src/rules/m365/power-bi-settings.js';

export default defineCheck({
  id: 'm365-pbi-guest-access-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Guest users cannot access Power BI content',
  owner: 'Fabric Administrator',
  rationale:
    'Entra B2B guests who can open Power BI reach every report and dataset shared with them, often far more than the collaboration needed.',
  remediation:
    'Fabric admin portal > Tenant settings > Export and sharing settings > "Guest users can access Microsoft Fabric": Disabled (or, under CIS, a named security group). To audit: GET https://api.fabric.microsoft.com/v1/admin/tenantsettings, setting AllowGuestUserToAccessSharedContent.',
  references: {
    scuba: ['MS.POWERBI.2.1v1'],
    cis: ['9.1.1'],
    docs: ['https://learn.microsoft.com/power-bi/enterprise/service-admin-azure-ad-b2b', 'https://learn.microsoft.com/rest/api/fabric/admin/tenants/list-tenant-settings'],
  },
  reads: ['powerBiTenantSettings'],
  evaluate({ powerBiTenantSettings }, ctx) {
    return settingVerdict(powerBiTenantSettings, 'AllowGuestUserToAccessSharedContent', 'off', ctx.settings.profile);
  },
});
