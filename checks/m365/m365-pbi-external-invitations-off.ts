import { defineCheck } from '../../src/core/define-check.js';
import { settingVerdict } from '../../src/rules/m365/power-bi-settings.js';

export default defineCheck({
  id: 'm365-pbi-external-invitations-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Power BI users cannot invite outside guests by sharing',
  owner: 'Fabric Administrator',
  rationale:
    'Item sharing that can invite new guests adds outside accounts to the directory through a side door, bypassing the guest-invitation restrictions set in Entra ID.',
  remediation:
    'Fabric admin portal > Tenant settings > Export and sharing settings > "Users can invite guest users to collaborate through item sharing and permissions": Disabled (or, under CIS, a named security group). To audit: GET https://api.fabric.microsoft.com/v1/admin/tenantsettings, setting ExternalSharingV2.',
  references: {
    scuba: ['MS.POWERBI.3.1v1'],
    cis: ['9.1.2'],
    docs: ['https://learn.microsoft.com/fabric/admin/service-admin-portal-export-sharing', 'https://learn.microsoft.com/rest/api/fabric/admin/tenants/list-tenant-settings'],
  },
  reads: ['powerBiTenantSettings'],
  evaluate({ powerBiTenantSettings }, ctx) {
    return settingVerdict(powerBiTenantSettings, 'ExternalSharingV2', 'off', ctx.settings.profile);
  },
});
