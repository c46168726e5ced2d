import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-pp-tenant-isolation',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'Power Platform tenant isolation is on',
  owner: 'Power Platform Administrator',
  rationale:
    'Without tenant isolation, a connection in an app or flow can sign in to another organization\'s tenant with Entra ID, so data can be moved out to (or in from) any tenant, past the controls on mail and sharing.',
  remediation:
    'Power Platform admin center > Security > Identity and access > Tenant isolation: turn it On, then add the tenants that need connections as exceptions. To audit: GET https://api.bap.microsoft.com/providers/PowerPlatform.Governance/v1/tenants/{tenantId}/tenantIsolationPolicy?api-version=2020-06-01 (properties.isDisabled).',
  references: {
    scuba: ['MS.POWERPLATFORM.3.1v1'],
    docs: ['https://learn.microsoft.com/power-platform/admin/cross-tenant-restrictions'],
  },
  reads: ['powerPlatformTenantIsolation'],
  evaluate({ powerPlatformTenantIsolation: isolation }) {
    if (isolation.configured && !isolation.isDisabled) return { status: 'pass', summary: `Tenant isolation is on (${isolation.allowedTenants.length} tenant(s) allowed as exceptions).` };
    const detail = isolation.configured ? 'isDisabled: true' : 'never configured';
    return { status: 'fail', summary: `Tenant isolation off${isolation.configured ? '' : ' (never turned on)'}: connections may reach any other tenant.`, evidence: [{ kind: 'setting', name: 'Power Platform tenant isolation', detail }] };
  },
});
