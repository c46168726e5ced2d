import check from '../../../checks/m365/m365-exo-connection-filter-safe-list-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the safe list is off', expect: 'pass' },
  { name: 'fails when the default policy turns the safe list on', patch: (t: T) => void (t.exoConnectionFilterPolicies[0]!.enableSafeList = true), expect: 'fail', evidence: ['Default'], summary: /safe list on/ },
  { name: 'is not assessed when exoConnectionFilterPolicies cannot be read', unreadable: { exoConnectionFilterPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
