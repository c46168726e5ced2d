import check from '../../../checks/m365/m365-data-protection-alerts.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every listed alert is on', expect: 'pass' },
  { name: 'fails and names a disabled alert', patch: (t: T) => void (t.purviewProtectionAlerts[2]!.disabled = true), expect: 'fail', evidence: ['Suspicious Email Forwarding Activity'] },
  { name: 'fails when an alert is missing', patch: (t: T) => void t.purviewProtectionAlerts.pop(), expect: 'fail', evidence: ['A potentially malicious URL click was detected'] },
  { name: 'is not assessed when purviewProtectionAlerts cannot be read', unreadable: { purviewProtectionAlerts: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
