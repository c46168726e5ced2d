import { defineCheck } from '../../src/core/define-check.js';
import { settingVerdict } from '../../src/rules/m365/power-bi-settings.js';

export default defineCheck({
  id: 'm365-pbi-publish-to-web-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'Power BI "Publish to web" is turned off',
  owner: 'Fabric Administrator',
  rationale:
    '"Publish to web" creates a public link to a report that anyone on the internet can open without signing in; whatever data the report holds is then public.',
  remediation:
    'Fabric admin portal > Tenant settings > Export and sharing settings > Publish to web: Disabled (or, under CIS, limited to a named security group). To audit: GET https://api.fabric.microsoft.com/v1/admin/tenantsettings, setting PublishToWeb.',
  references: {
    scuba: ['MS.POWERBI.1.1v1'],
    cis: ['9.1.4'],
    docs: ['https://learn.microsoft.com/power-bi/collaborate-share/service-publish-to-web', 'https://learn.microsoft.com/rest/api/fabric/admin/tenants/list-tenant-settings'],
  },
  reads: ['powerBiTenantSettings'],
  evaluate({ powerBiTenantSettings }, ctx) {
    return settingVerdict(powerBiTenantSettings, 'PublishToWeb', 'off', ctx.settings.profile);
  },
});
