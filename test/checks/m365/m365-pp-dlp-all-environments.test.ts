import check from '../../../checks/m365/m365-pp-dlp-all-environments.js';
import { checkTable } from '../../support/check-table.js';
import { DEFAULT_ENVIRONMENT } from './compliant-power-platform.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;
const FINANCE = 'b1e2c3d4-0000-4000-8000-000000000001';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when a policy covers all environments', expect: 'pass' },
  { name: 'passes when each environment is listed by some policy', patch: (t: T) => { t.powerPlatformDlpPolicies = [{ name: 'p1', displayName: 'Finance', environmentType: 'OnlyEnvironments', environments: [FINANCE] }]; }, expect: 'pass' },
  { name: 'passes when there is only the default environment', patch: (t: T) => { t.powerPlatformEnvironments = t.powerPlatformEnvironments.filter((e) => e.isDefault); t.powerPlatformDlpPolicies = []; }, expect: 'pass' },
  { name: 'fails naming an environment no policy covers', patch: (t: T) => { t.powerPlatformDlpPolicies = [{ name: 'p1', displayName: 'Default', environmentType: 'OnlyEnvironments', environments: [DEFAULT_ENVIRONMENT] }]; }, expect: 'fail', summary: /1 of 1 .*'Finance apps'/, evidence: ['Finance apps'] },
  { name: 'fails when the only policy excepts the environment', patch: (t: T) => { t.powerPlatformDlpPolicies = [{ name: 'p1', displayName: 'All but finance', environmentType: 'ExceptEnvironments', environments: [FINANCE] }]; }, expect: 'fail', evidence: ['Finance apps'] },
  { name: 'fails when there is no policy and other environments exist', patch: (t: T) => { t.powerPlatformDlpPolicies = []; }, expect: 'fail' },
  { name: 'is not assessed when the environments cannot be read', unreadable: { powerPlatformEnvironments: true }, expect: 'not_assessed' },
  { name: 'is not assessed when the DLP policies cannot be read', unreadable: { powerPlatformDlpPolicies: true }, expect: 'not_assessed' },
]);
