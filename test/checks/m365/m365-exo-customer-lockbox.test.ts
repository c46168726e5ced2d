import check from '../../../checks/m365/m365-exo-customer-lockbox.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when Customer Lockbox is on', expect: 'pass' },
  { name: 'fails when it is off', patch: (t: T) => void (t.exoOrganizationConfig.customerLockBoxEnabled = false), expect: 'fail' },
  { name: 'is not assessed when the property is missing', patch: (t: T) => void (t.exoOrganizationConfig.customerLockBoxEnabled = null), expect: 'not_assessed' },
  { name: 'is not assessed when exoOrganizationConfig cannot be read', unreadable: { exoOrganizationConfig: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
