import check from '../../../checks/m365/m365-data-audit-log-retention.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;
const policy = (overrides: Partial<T['purviewAuditRetentionPolicies'][number]>) => ({ name: 'p', retentionDuration: 'TwelveMonths', priority: 1, enabled: true, recordTypes: [], operations: [], userIds: [], ...overrides });

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with Audit (Premium) and a one-year policy for every record', expect: 'pass', summary: /All activity, one year/ },
  { name: 'passes with a ten-year policy', patch: (t: T) => { t.purviewAuditRetentionPolicies = [policy({ name: 'Ten years', retentionDuration: 'TenYears' })]; }, expect: 'pass' },
  { name: 'fails without the Audit (Premium) service plan', patch: (t: T) => { t.licences.servicePlans = t.licences.servicePlans.filter((p) => p !== 'M365_ADVANCED_AUDITING'); }, expect: 'fail', summary: /no Audit \(Premium\) licence/ },
  { name: 'fails when the retention read was skipped for the missing licence', unreadable: { purviewAuditRetentionPolicies: { code: 'licence', featureUnlicensed: true, licence: 'Audit (Premium)' } }, patch: (t: T) => { t.licences.servicePlans = []; }, expect: 'fail' },
  { name: 'fails when the longest policy keeps six months', patch: (t: T) => { t.purviewAuditRetentionPolicies = [policy({ name: 'Six months', retentionDuration: 'SixMonths' })]; }, expect: 'fail', evidence: ['Six months'] },
  { name: 'fails when the one-year policy is disabled', patch: (t: T) => { t.purviewAuditRetentionPolicies[0]!.enabled = false; }, expect: 'fail', summary: /disabled/ },
  { name: 'fails when the one-year policy covers one record type only', patch: (t: T) => { t.purviewAuditRetentionPolicies = [policy({ name: 'Exchange admin', recordTypes: ['ExchangeAdmin'] })]; }, expect: 'fail', summary: /covers only record types ExchangeAdmin/ },
  { name: 'fails when there is no policy', patch: (t: T) => { t.purviewAuditRetentionPolicies = []; }, expect: 'fail', summary: /No audit log retention policy/ },
  { name: 'is not assessed when the policies cannot be read', unreadable: { purviewAuditRetentionPolicies: { code: 'permission', permission: 'Global Reader' } }, expect: 'not_assessed' },
  { name: 'is not assessed when the licences cannot be read', unreadable: { licences: true }, expect: 'not_assessed' },
]);
