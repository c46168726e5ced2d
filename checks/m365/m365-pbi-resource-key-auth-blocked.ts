import { defineCheck } from '../../src/core/define-check.js';
import { settingVerdict } from '../../src/rules/m365/power-bi-settings.js';

export default defineCheck({
  id: 'm365-pbi-resource-key-auth-blocked',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'low',
  title: 'Power BI blocks ResourceKey authentication',
  owner: 'Fabric Administrator',
  rationale:
    'A resource key is a shared secret that pushes data into a streaming dataset without sign-in; whoever holds the key can write to it.',
  remediation:
    'Fabric admin portal > Tenant settings > Developer settings > "Block ResourceKey Authentication": Enabled. To audit: GET https://api.fabric.microsoft.com/v1/admin/tenantsettings, setting BlockResourceKeyAuthentication.',
  references: {
    scuba: ['MS.POWERBI.5.1v1'],
    cis: ['9.1.9'],
    docs: ['https://learn.microsoft.com/fabric/admin/service-admin-portal-developer', 'https://learn.microsoft.com/rest/api/fabric/admin/tenants/list-tenant-settings'],
  },
  reads: ['powerBiTenantSettings'],
  evaluate({ powerBiTenantSettings }, ctx) {
    return settingVerdict(powerBiTenantSettings, 'BlockResourceKeyAuthentication', 'on', ctx.settings.profile);
  },
});
