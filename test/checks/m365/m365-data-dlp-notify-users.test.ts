import check from '../../../checks/m365/m365-data-dlp-notify-users.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the rule notifies users', expect: 'pass' },
  { name: 'fails when it notifies no one', patch: (t: T) => void (t.purviewDlpRules[0]!.notifyUser = []), expect: 'fail', evidence: ['Block U.S. PII'] },
  { name: 'fails with no rule for the types', patch: (t: T) => void (t.purviewDlpRules = []), expect: 'fail' },
  { name: 'is not assessed when purviewDlpRules cannot be read', unreadable: { purviewDlpRules: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
