import check from '../../../checks/m365/m365-exo-transport-rules-no-domain-bypass.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with no bypass rule', expect: 'pass' },
  { name: 'fails on a rule setting SCL -1 for a sender domain', patch: (t: T) => void t.exoTransportRules.push({ name: 'Trust fabrikam', state: 'Enabled', mode: 'Enforce', priority: 1, fromScope: null, sentToScope: null, prependSubject: null, applyHtmlDisclaimerText: null, setScl: -1, senderDomainIs: ['fabrikam.example'], redirectMessageTo: [], blindCopyTo: [] }), expect: 'fail', evidence: ['Trust fabrikam'] },
  { name: 'a disabled bypass rule does not count', patch: (t: T) => void t.exoTransportRules.push({ name: 'Old', state: 'Disabled', mode: 'Enforce', priority: 1, fromScope: null, sentToScope: null, prependSubject: null, applyHtmlDisclaimerText: null, setScl: -1, senderDomainIs: ['fabrikam.example'], redirectMessageTo: [], blindCopyTo: [] }), expect: 'pass' },
  { name: 'is not assessed when exoTransportRules cannot be read', unreadable: { exoTransportRules: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
