import check from '../../../checks/m365/m365-exo-owa-storage-providers.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no OWA policy offers third-party storage', expect: 'pass' },
  { name: 'fails when a policy offers it', patch: (t: T) => void (t.exoOwaMailboxPolicies[0]!.additionalStorageProvidersAvailable = true), expect: 'fail', evidence: ['OwaMailboxPolicy-Default'] },
  { name: 'fails when the property is not set (the default is on)', patch: (t: T) => void (t.exoOwaMailboxPolicies[0]!.additionalStorageProvidersAvailable = null), expect: 'fail' },
  { name: 'is not assessed with no policy', patch: (t: T) => void (t.exoOwaMailboxPolicies = []), expect: 'not_assessed' },
  { name: 'is not assessed when exoOwaMailboxPolicies cannot be read', unreadable: { exoOwaMailboxPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
