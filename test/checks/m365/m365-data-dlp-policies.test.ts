import check from '../../../checks/m365/m365-data-dlp-policies.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when an enforced rule blocks all three types', expect: 'pass' },
  { name: 'fails SCuBA and names the types no rule blocks', patch: (t: T) => void (t.purviewDlpRules[0]!.sensitiveInformationTypes = ['Credit Card Number']), expect: 'fail', evidence: ['U.S. Social Security Number (SSN)'], controls: { 'MS.SECURITYSUITE.3.1v1': 'fail', '3.2.1': 'pass' } },
  { name: 'a policy in simulation mode fails both', patch: (t: T) => void (t.purviewDlpPolicies[0]!.mode = 'TestWithNotifications'), expect: 'fail', evidence: ['U.S. PII'], controls: { 'MS.SECURITYSUITE.3.1v1': 'fail', '3.2.1': 'fail' } },
  { name: 'a disabled rule does not block', patch: (t: T) => void (t.purviewDlpRules[0]!.disabled = true), expect: 'fail', controls: { 'MS.SECURITYSUITE.3.1v1': 'fail' } },
  { name: 'no policy at all fails', patch: (t: T) => { t.purviewDlpPolicies = []; t.purviewDlpRules = []; }, expect: 'fail', summary: /No DLP policy exists/ },
  { name: 'is not assessed when purviewDlpPolicies cannot be read', unreadable: { purviewDlpPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
  { name: 'is not assessed when purviewDlpRules cannot be read', unreadable: { purviewDlpRules: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
