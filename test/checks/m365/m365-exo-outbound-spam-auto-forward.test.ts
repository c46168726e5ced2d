import check from '../../../checks/m365/m365-exo-outbound-spam-auto-forward.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;
const redirectRule = (name: string, state: string, redirectMessageTo: string[]) => ({
  name, state, mode: 'Enforce', priority: 0, fromScope: null, sentToScope: null, prependSubject: null, applyHtmlDisclaimerText: null, setScl: null, senderDomainIs: [], redirectMessageTo, blindCopyTo: [],
});

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every policy sets forwarding Off', expect: 'pass' },
  { name: 'fails on On', patch: (t: T) => void (t.exoOutboundSpamPolicies[0]!.autoForwardingMode = 'On'), expect: 'fail', evidence: ['Default'] },
  { name: 'fails on Automatic, which CIS does not accept', patch: (t: T) => void (t.exoOutboundSpamPolicies[0]!.autoForwardingMode = 'Automatic'), expect: 'fail' },
  { name: 'fails when a custom policy forwards', patch: (t: T) => void t.exoOutboundSpamPolicies.push({ identity: 'Sales', isDefault: false, autoForwardingMode: 'On' }), expect: 'fail', evidence: ['Sales'] },
  {
    name: 'fails CIS 6.2.1 when an enabled mail flow rule redirects to an outside address',
    patch: (t: T) => void t.exoTransportRules.push(redirectRule('Copy to archive vendor', 'Enabled', ['journal@archive-vendor.example'])),
    expect: 'fail',
    evidence: ["Mail flow rule 'Copy to archive vendor'"],
    summary: /redirects to journal@archive-vendor\.example/,
    controls: { '6.2.1': 'fail' },
  },
  { name: 'passes when a mail flow rule redirects inside the organisation', patch: (t: T) => void t.exoTransportRules.push(redirectRule('To helpdesk', 'Enabled', ['helpdesk@Contoso.example'])), expect: 'pass' },
  { name: 'passes when the rule redirecting outside is disabled', patch: (t: T) => void t.exoTransportRules.push(redirectRule('Old vendor', 'Disabled', ['x@vendor.example'])), expect: 'pass' },
  { name: 'fails when no policy is returned', patch: (t: T) => void (t.exoOutboundSpamPolicies = []), expect: 'fail' },
  { name: 'is not assessed when the mail flow rules cannot be read', unreadable: { exoTransportRules: true }, expect: 'not_assessed' },
  { name: 'is not assessed when exoOutboundSpamPolicies cannot be read', unreadable: { exoOutboundSpamPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
