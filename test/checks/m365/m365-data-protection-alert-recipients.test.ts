import check from '../../../checks/m365/m365-data-protection-alert-recipients.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every listed alert has a recipient', expect: 'pass' },
  { name: 'fails and names the silent alert', patch: (t: T) => void (t.purviewProtectionAlerts[0]!.notifyUser = []), expect: 'fail', evidence: ['Suspicious email sending patterns detected'] },
  { name: 'fails when none of the alerts is on', patch: (t: T) => void t.purviewProtectionAlerts.forEach((a) => (a.disabled = true)), expect: 'fail' },
  { name: 'is not assessed when purviewProtectionAlerts cannot be read', unreadable: { purviewProtectionAlerts: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
