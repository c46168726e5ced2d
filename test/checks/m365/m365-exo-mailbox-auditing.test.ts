import check from '../../../checks/m365/m365-exo-mailbox-auditing.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when auditing is on', expect: 'pass' },
  { name: 'fails when AuditDisabled is true', patch: (t: T) => void (t.exoOrganizationConfig.auditDisabled = true), expect: 'fail', evidence: ['Organization config AuditDisabled'] },
  { name: 'is not assessed when exoOrganizationConfig cannot be read', unreadable: { exoOrganizationConfig: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
