import check from '../../../checks/m365/m365-exo-calendar-sharing-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the default sharing policy is disabled', expect: 'pass' },
  { name: 'fails when the default sharing policy is enabled', patch: (t: T) => void (t.exoSharingPolicies[0]!.enabled = true), expect: 'fail', evidence: ['Default Sharing Policy'] },
  { name: 'is not assessed when no policy is the default', patch: (t: T) => void (t.exoSharingPolicies[0]!.isDefault = false), expect: 'not_assessed' },
  { name: 'is not assessed when exoSharingPolicies cannot be read', unreadable: { exoSharingPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
