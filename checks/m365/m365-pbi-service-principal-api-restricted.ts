import { defineCheck } from '../../src/core/define-check.js';
import { settingVerdict } from '../../src/rules/m365/power-bi-settings.js';

export default defineCheck({
  id: 'm365-pbi-service-principal-api-restricted',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Only service principals in named security groups can call the Fabric APIs',
  owner: 'Fabric Administrator',
  rationale:
    'Enabled for the whole organisation, any app registration in the tenant can call the Fabric APIs with the access it is given; a security group keeps the list of such apps short and reviewed.',
  remediation:
    'Fabric admin portal > Tenant settings > Developer settings > "Service principals can call Fabric public APIs": Enabled for specific security groups (or Disabled). To audit: GET https://api.fabric.microsoft.com/v1/admin/tenantsettings, setting ServicePrincipalAccessPermissionAPIs.',
  references: {
    scuba: ['MS.POWERBI.4.1v1'],
    cis: ['9.1.10'],
    docs: ['https://learn.microsoft.com/fabric/admin/service-admin-portal-developer', 'https://learn.microsoft.com/rest/api/fabric/admin/tenants/list-tenant-settings'],
  },
  reads: ['powerBiTenantSettings'],
  evaluate({ powerBiTenantSettings }, ctx) {
    return settingVerdict(powerBiTenantSettings, 'ServicePrincipalAccessPermissionAPIs', 'groups', ctx.settings.profile);
  },
});
