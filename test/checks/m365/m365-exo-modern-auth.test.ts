import check from '../../../checks/m365/m365-exo-modern-auth.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when modern auth is on', expect: 'pass' },
  { name: 'fails when it is off', patch: (t: T) => void (t.exoOrganizationConfig.oAuth2ClientProfileEnabled = false), expect: 'fail' },
  { name: 'is not assessed when the property is missing', patch: (t: T) => void (t.exoOrganizationConfig.oAuth2ClientProfileEnabled = null), expect: 'not_assessed' },
  { name: 'is not assessed when exoOrganizationConfig cannot be read', unreadable: { exoOrganizationConfig: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
