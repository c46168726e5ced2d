import check from '../../../checks/m365/m365-data-dlp-teams.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when an enforced policy covers Teams', expect: 'pass' },
  { name: 'fails when no policy covers Teams', patch: (t: T) => void (t.purviewDlpPolicies[0]!.locations.teams = []), expect: 'fail', summary: 'No DLP policy covers Teams.' },
  { name: 'fails when the Teams policy is in simulation', patch: (t: T) => void (t.purviewDlpPolicies[0]!.mode = 'TestWithoutNotifications'), expect: 'fail', summary: /TestWithoutNotifications/ },
  { name: 'is not assessed when purviewDlpPolicies cannot be read', unreadable: { purviewDlpPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
