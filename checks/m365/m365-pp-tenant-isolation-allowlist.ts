import { defineCheck } from '../../src/core/define-check.js';
import type { PowerPlatformAllowedTenant } from '../../src/snapshot/m365.js';

const directions = (t: PowerPlatformAllowedTenant) => [t.inbound ? 'inbound' : '', t.outbound ? 'outbound' : ''].filter(Boolean).join(' and ') || 'no direction';

export default defineCheck({
  id: 'm365-pp-tenant-isolation-allowlist',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Power Platform tenant isolation allows only named tenants',
  owner: 'Power Platform Administrator',
  rationale:
    'Tenant isolation\'s exceptions are the only tenants connections may cross to. A "*" exception opens that direction to every tenant, and with isolation off no exception is enforced at all. An empty list is fine when no cross-tenant connection is needed.',
  remediation:
    'Power Platform admin center > Security > Identity and access > Tenant isolation: turn it On and list, by tenant id or domain, only the partner tenants that need inbound or outbound connections; remove any "*" exception.',
  references: {
    scuba: ['MS.POWERPLATFORM.3.2v1'],
    docs: ['https://learn.microsoft.com/power-platform/admin/cross-tenant-restrictions#enable-tenant-isolation-and-configure-allowlist'],
  },
  reads: ['powerPlatformTenantIsolation'],
  evaluate({ powerPlatformTenantIsolation: isolation }) {
    if (!isolation.configured || isolation.isDisabled) {
      return { status: 'fail', summary: 'Tenant isolation off, so its allow list is not enforced: connections may reach any tenant.', evidence: [{ kind: 'setting', name: 'Power Platform tenant isolation', detail: isolation.configured ? 'isDisabled: true' : 'never configured' }] };
    }
    const open = isolation.allowedTenants.filter((t) => t.tenantId.trim() === '*' && (t.inbound || t.outbound));
    if (open.length > 0) {
      return { status: 'fail', summary: `Tenant isolation allows every tenant (${open.map(directions).join(', ')}) through a "*" exception.`, evidence: open.map((t) => ({ kind: 'setting', name: 'Tenant isolation exception *', detail: directions(t) })) };
    }
    const named = isolation.allowedTenants.filter((t) => t.inbound || t.outbound);
    if (named.length === 0) return { status: 'pass', summary: 'Tenant isolation is on with no exceptions: no connection crosses to another tenant.' };
    return { status: 'pass', summary: `Tenant isolation allows only ${named.length} named tenant(s).`, evidence: named.map((t) => ({ kind: 'domain', name: t.tenantId, detail: directions(t) })) };
  },
});
