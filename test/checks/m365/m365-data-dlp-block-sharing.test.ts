import check from '../../../checks/m365/m365-data-dlp-block-sharing.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the rule blocks everyone', expect: 'pass' },
  { name: 'fails when it blocks anonymous users only', patch: (t: T) => void (t.purviewDlpRules[0]!.blockAccessScope = 'PerAnonymousUser'), expect: 'fail', evidence: ['Block U.S. PII'] },
  { name: 'fails when it does not block', patch: (t: T) => void (t.purviewDlpRules[0]!.blockAccess = false), expect: 'fail' },
  { name: 'fails with no rule for the types', patch: (t: T) => void (t.purviewDlpRules = []), expect: 'fail' },
  { name: 'is not assessed when purviewDlpRules cannot be read', unreadable: { purviewDlpRules: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
