import check from '../../../checks/m365/m365-pp-tenant-isolation.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when isolation is on', expect: 'pass' },
  { name: 'fails when isolation is off', patch: (t: T) => { t.powerPlatformTenantIsolation.isDisabled = true; }, expect: 'fail', summary: /Tenant isolation off/, evidence: ['Power Platform tenant isolation'] },
  { name: 'fails when no policy was ever configured', patch: (t: T) => { t.powerPlatformTenantIsolation = { configured: false, isDisabled: true, allowedTenants: [] }; }, expect: 'fail', summary: /never turned on/ },
  { name: 'is not assessed when the policy cannot be read', unreadable: { powerPlatformTenantIsolation: { permission: 'Power Platform management application' } }, expect: 'not_assessed' },
]);
