import check from '../../../checks/m365/m365-pp-share-with-everyone-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when sharing with Everyone is disabled', expect: 'pass' },
  { name: 'fails when makers can share with Everyone', patch: (t: T) => { t.powerPlatformTenantSettings.disableShareWithEveryone = false; }, expect: 'fail', evidence: ['Power Apps disableShareWithEveryone'] },
  { name: 'is not assessed when the tenant settings cannot be read', unreadable: { powerPlatformTenantSettings: true }, expect: 'not_assessed' },
]);
