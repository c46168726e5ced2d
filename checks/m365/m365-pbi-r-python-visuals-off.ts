import { defineCheck } from '../../src/core/define-check.js';
import { settingVerdict } from '../../src/rules/m365/power-bi-settings.js';

export default defineCheck({
  id: 'm365-pbi-r-python-visuals-off',
  provider: 'm365',
  area: 'data-classification',
  severity: 'low',
  title: 'Power BI reports cannot run and share R and Python visuals',
  owner: 'Fabric Administrator',
  rationale:
    'R and Python visuals run scripts on the data; shared reports with such visuals can carry code and move data outside the controls of Power BI.',
  remediation:
    'Fabric admin portal > Tenant settings > R and Python visuals settings > "Interact with and share R and Python visuals": Disabled. To audit: GET https://api.fabric.microsoft.com/v1/admin/tenantsettings, setting RScriptVisual.',
  references: {
    scuba: ['MS.POWERBI.6.1v1'],
    cis: ['9.1.5'],
    docs: ['https://learn.microsoft.com/fabric/admin/service-admin-portal-r-python-visuals', 'https://learn.microsoft.com/rest/api/fabric/admin/tenants/list-tenant-settings'],
  },
  reads: ['powerBiTenantSettings'],
  evaluate({ powerBiTenantSettings }, ctx) {
    return settingVerdict(powerBiTenantSettings, 'RScriptVisual', 'off', ctx.settings.profile);
  },
});
