import check from '../../../checks/m365/m365-data-unified-audit-log.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the unified audit log records', expect: 'pass' },
  { name: 'fails when ingestion is off', patch: (t: T) => void (t.exoAdminAuditLogConfig.unifiedAuditLogIngestionEnabled = false), expect: 'fail', evidence: ['Admin audit log config UnifiedAuditLogIngestionEnabled'] },
  { name: 'is not assessed when exoAdminAuditLogConfig cannot be read', unreadable: { exoAdminAuditLogConfig: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
