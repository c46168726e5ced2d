import { defineCheck } from '../../src/core/define-check.js';
import { settingVerdict } from '../../src/rules/m365/power-bi-settings.js';

export default defineCheck({
  id: 'm365-pbi-sensitivity-labels-on',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'Users can apply sensitivity labels to Power BI content',
  owner: 'Fabric Administrator',
  rationale:
    'Labels on reports and datasets carry their classification into exports to Excel, PowerPoint and PDF; without them, data leaves Power BI unmarked.',
  remediation:
    'Fabric admin portal > Tenant settings > Information protection > "Allow users to apply sensitivity labels for content": Enabled. To audit: GET https://api.fabric.microsoft.com/v1/admin/tenantsettings, setting EimInformationProtectionEdit.',
  references: {
    scuba: ['MS.POWERBI.7.1v1'],
    cis: ['9.1.6'],
    docs: ['https://learn.microsoft.com/fabric/enterprise/powerbi/service-security-enable-data-sensitivity-labels', 'https://learn.microsoft.com/rest/api/fabric/admin/tenants/list-tenant-settings'],
  },
  reads: ['powerBiTenantSettings'],
  evaluate({ powerBiTenantSettings }, ctx) {
    return settingVerdict(powerBiTenantSettings, 'EimInformationProtectionEdit', 'on', ctx.settings.profile);
  },
});
