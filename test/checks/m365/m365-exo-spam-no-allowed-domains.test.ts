import check from '../../../checks/m365/m365-exo-spam-no-allowed-domains.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no sender domain is allowed', expect: 'pass' },
  { name: 'fails when the default policy allows a domain', patch: (t: T) => void (t.exoSpamFilterPolicies[0]!.allowedSenderDomains = ['gmail.com']), expect: 'fail', evidence: ['Default'], summary: /allows gmail\.com/ },
  { name: 'is not assessed when exoSpamFilterPolicies cannot be read', unreadable: { exoSpamFilterPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
