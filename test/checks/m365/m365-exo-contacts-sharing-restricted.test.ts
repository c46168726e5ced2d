import check from '../../../checks/m365/m365-exo-contacts-sharing-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the only * entry is in a disabled policy', expect: 'pass' },
  { name: 'passes when contacts go to a named partner only', patch: (t: T) => void (t.exoSharingPolicies = [{ name: 'Partners', enabled: true, isDefault: false, domains: ['fabrikam.example:ContactsSharing'] }]), expect: 'pass' },
  { name: 'fails on *:ContactsSharing in an enabled policy', patch: (t: T) => void (t.exoSharingPolicies = [{ name: 'Default Sharing Policy', enabled: true, isDefault: true, domains: ['*:CalendarSharingFreeBusySimple,ContactsSharing'] }]), expect: 'fail', evidence: ['Default Sharing Policy'] },
  { name: 'does not count calendar-only sharing', patch: (t: T) => void (t.exoSharingPolicies[0]!.enabled = true), expect: 'pass' },
  { name: 'is not assessed when exoSharingPolicies cannot be read', unreadable: { exoSharingPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
