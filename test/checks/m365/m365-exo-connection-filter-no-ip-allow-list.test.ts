import check from '../../../checks/m365/m365-exo-connection-filter-no-ip-allow-list.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no policy has an IP allow list', expect: 'pass' },
  { name: 'fails when the default policy allows an address range', patch: (t: T) => void (t.exoConnectionFilterPolicies[0]!.ipAllowList = ['203.0.113.0/24']), expect: 'fail', evidence: ['Default'], summary: /allows 1 IP entry/ },
  {
    name: 'fails on a second policy with an allow list',
    patch: (t: T) => void t.exoConnectionFilterPolicies.push({ identity: 'Partner relay', isDefault: false, ipAllowList: ['198.51.100.7'], enableSafeList: false }),
    expect: 'fail',
    evidence: ['Partner relay'],
  },
  { name: 'is not assessed when exoConnectionFilterPolicies cannot be read', unreadable: { exoConnectionFilterPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
