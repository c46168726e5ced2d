import check from '../../../checks/m365/m365-data-label-policies-published.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when a label policy publishes labels', expect: 'pass' },
  { name: 'fails when the only policy is disabled', patch: (t: T) => void (t.purviewLabelPolicies[0]!.enabled = false), expect: 'fail', evidence: ['Global label policy'] },
  { name: 'fails when no policy exists', patch: (t: T) => void (t.purviewLabelPolicies = []), expect: 'fail' },
  { name: 'is not assessed when purviewLabelPolicies cannot be read', unreadable: { purviewLabelPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
