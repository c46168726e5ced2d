import { defineCheck } from '../../src/core/define-check.js';
import { settingVerdict } from '../../src/rules/m365/power-bi-settings.js';

export default defineCheck({
  id: 'm365-pbi-service-principal-profiles-restricted',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'low',
  title: 'Only service principals in named security groups can create and use Power BI profiles',
  owner: 'Fabric Administrator',
  rationale:
    'Service principal profiles let one app act as many tenants of an embedded solution; left open, any app can create them.',
  remediation:
    'Fabric admin portal > Tenant settings > Developer settings > "Allow service principals to create and use profiles": Enabled for specific security groups (or Disabled). To audit: GET https://api.fabric.microsoft.com/v1/admin/tenantsettings, setting AllowServicePrincipalsCreateAndUseProfiles.',
  references: {
    scuba: ['MS.POWERBI.4.2v1'],
    cis: ['9.1.11'],
    docs: ['https://learn.microsoft.com/power-bi/developer/embedded/embed-multi-tenancy', 'https://learn.microsoft.com/rest/api/fabric/admin/tenants/list-tenant-settings'],
  },
  reads: ['powerBiTenantSettings'],
  evaluate({ powerBiTenantSettings }, ctx) {
    return settingVerdict(powerBiTenantSettings, 'AllowServicePrincipalsCreateAndUseProfiles', 'groups', ctx.settings.profile);
  },
});
