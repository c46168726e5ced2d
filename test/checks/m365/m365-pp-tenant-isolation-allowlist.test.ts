import check from '../../../checks/m365/m365-pp-tenant-isolation-allowlist.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with named tenants only', expect: 'pass', evidence: ['fabrikam.onmicrosoft.com'] },
  { name: 'passes with isolation on and no exceptions', patch: (t: T) => { t.powerPlatformTenantIsolation.allowedTenants = []; }, expect: 'pass', summary: /no exceptions/ },
  { name: 'passes when a "*" entry allows no direction', patch: (t: T) => { t.powerPlatformTenantIsolation.allowedTenants.push({ tenantId: '*', inbound: false, outbound: false }); }, expect: 'pass' },
  { name: 'fails when "*" is allowed outbound', patch: (t: T) => { t.powerPlatformTenantIsolation.allowedTenants.push({ tenantId: '*', inbound: false, outbound: true }); }, expect: 'fail', summary: /every tenant \(outbound\)/ },
  { name: 'fails when isolation is off, so the list is not enforced', patch: (t: T) => { t.powerPlatformTenantIsolation.isDisabled = true; }, expect: 'fail', summary: /not enforced/ },
  { name: 'is not assessed when the policy cannot be read', unreadable: { powerPlatformTenantIsolation: true }, expect: 'not_assessed' },
]);
