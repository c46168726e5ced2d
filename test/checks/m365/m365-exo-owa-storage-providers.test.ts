import check from '../../../checks/m365/m365-exo-owa-storage-providers.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no OWA policy offers third-party storage', expect: 'pass' },
  { name: 'fails when a policy offers it', patch: (t: T) => void (t.exoOwaMailboxPolicies[0]!.additionalStorageProvidersAvailable = true), expect: 'fail', evidence: ['OwaMailboxPolicy-Default'] },
  { name: 'fails when the property is not set (the default is on)', patch: (t: T) => void (t.exoOwaMailboxPolicies[0]!.additionalStorageProvidersAvailable = null), expect: 'fail' },
  {
    name: 'fails on a non-default policy that offers it, while CIS 6.5.3 (default policy only) passes',
    patch: (t: T) => void t.exoOwaMailboxPolicies.push({ name: 'Contractors', isDefault: false, additionalStorageProvidersAvailable: true }),
    expect: 'fail',
    evidence: ['Contractors'],
    controls: { '6.5.3': 'pass' },
  },
  { name: 'fails CIS 6.5.3 when the default policy offers it', patch: (t: T) => void (t.exoOwaMailboxPolicies[0]!.additionalStorageProvidersAvailable = true), expect: 'fail', controls: { '6.5.3': 'fail' } },
  { name: 'is not assessed with no policy', patch: (t: T) => void (t.exoOwaMailboxPolicies = []), expect: 'not_assessed' },
  { name: 'is not assessed when exoOwaMailboxPolicies cannot be read', unreadable: { exoOwaMailboxPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
