import check from '../../../checks/m365/m365-exo-spam-not-delivered-to-inbox.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every verdict goes to Junk or quarantine', expect: 'pass' },
  { name: 'passes with Delete and Redirect', patch: (t: T) => void Object.assign(t.exoSpamFilterPolicies[0]!, { spamAction: 'Delete', highConfidencePhishAction: 'Redirect' }), expect: 'pass' },
  { name: 'fails when spam only gets an X-header', patch: (t: T) => void (t.exoSpamFilterPolicies[0]!.spamAction = 'AddXHeader'), expect: 'fail', evidence: ['Default'], summary: /SpamAction AddXHeader/ },
  {
    name: 'fails when a custom policy tags phishing in the subject',
    patch: (t: T) => void t.exoSpamFilterPolicies.push({ ...t.exoSpamFilterPolicies[0]!, identity: 'Executives', isDefault: false, phishSpamAction: 'ModifySubject' }),
    expect: 'fail',
    evidence: ['Executives'],
    notEvidence: ['Default'],
  },
  { name: 'fails when no policy is returned', patch: (t: T) => void (t.exoSpamFilterPolicies = []), expect: 'fail' },
  { name: 'is not assessed when exoSpamFilterPolicies cannot be read', unreadable: { exoSpamFilterPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
