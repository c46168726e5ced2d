import check from '../../../checks/m365/m365-exo-outbound-spam-auto-forward.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every policy sets forwarding Off', expect: 'pass' },
  { name: 'fails on On', patch: (t: T) => void (t.exoOutboundSpamPolicies[0]!.autoForwardingMode = 'On'), expect: 'fail', evidence: ['Default'] },
  { name: 'fails on Automatic, which CIS does not accept', patch: (t: T) => void (t.exoOutboundSpamPolicies[0]!.autoForwardingMode = 'Automatic'), expect: 'fail' },
  { name: 'fails when a custom policy forwards', patch: (t: T) => void t.exoOutboundSpamPolicies.push({ identity: 'Sales', isDefault: false, autoForwardingMode: 'On' }), expect: 'fail', evidence: ['Sales'] },
  { name: 'fails when no policy is returned', patch: (t: T) => void (t.exoOutboundSpamPolicies = []), expect: 'fail' },
  { name: 'is not assessed when exoOutboundSpamPolicies cannot be read', unreadable: { exoOutboundSpamPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
