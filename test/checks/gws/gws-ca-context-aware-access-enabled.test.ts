import check from '../../../checks/gws/gws-ca-context-aware-access-enabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when the newest event turned CAA on, and says it is log-derived', expect: 'pass', summary: /log-derived/ },
  { name: 'fails when the newest event turned CAA off', patch: (t) => { t.contextAwareAccess.latest = { time: '2026-10-01T00:00:00Z', enabled: false, rawValue: 'DISABLED', actor: 'ada.admin@example.org' }; }, expect: 'fail', evidence: ['Context-Aware Access'] },
  { name: 'is not assessed when the log holds no event (6-month retention)', patch: (t) => { t.contextAwareAccess.latest = null; }, expect: 'not_assessed', summary: /6 months/ },
  { name: 'is not assessed when the audit log cannot be read', unreadable: { contextAwareAccess: { permission: 'https://www.googleapis.com/auth/admin.reports.audit.readonly' } }, expect: 'not_assessed', summary: /reports.audit/ },
]);
