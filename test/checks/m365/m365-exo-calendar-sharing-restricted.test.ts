import check from '../../../checks/m365/m365-exo-calendar-sharing-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the only * entry is in a disabled policy', expect: 'pass' },
  { name: 'fails on * calendar sharing in an enabled policy', patch: (t: T) => void (t.exoSharingPolicies[0]!.enabled = true), expect: 'fail', evidence: ['Default Sharing Policy'], summary: /shares calendars with all domains/ },
  { name: 'fails on anonymous calendar publishing', patch: (t: T) => void (t.exoSharingPolicies = [{ name: 'Publishing', enabled: true, isDefault: false, domains: ['Anonymous:CalendarSharingFreeBusyReviewer'] }]), expect: 'fail', evidence: ['Publishing'] },
  { name: 'passes on free/busy for a named partner', patch: (t: T) => void (t.exoSharingPolicies = [{ name: 'Partners', enabled: true, isDefault: true, domains: ['fabrikam.example:CalendarSharingFreeBusySimple'] }]), expect: 'pass' },
  { name: 'is not assessed when exoSharingPolicies cannot be read', unreadable: { exoSharingPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
