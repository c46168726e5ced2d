import check from '../../../checks/m365/m365-pp-dlp-default-environment.js';
import { checkTable } from '../../support/check-table.js';
import { DEFAULT_ENVIRONMENT } from './compliant-power-platform.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when a policy covers all environments', expect: 'pass', evidence: ['Tenant-wide connectors'] },
  { name: 'passes when a policy lists the default environment', patch: (t: T) => { t.powerPlatformDlpPolicies = [{ name: 'p1', displayName: 'Default only', environmentType: 'OnlyEnvironments', environments: [DEFAULT_ENVIRONMENT.toUpperCase()] }]; }, expect: 'pass' },
  { name: 'passes when a policy excepts only other environments', patch: (t: T) => { t.powerPlatformDlpPolicies = [{ name: 'p1', displayName: 'All but sandboxes', environmentType: 'ExceptEnvironments', environments: ['sandbox-1'] }]; }, expect: 'pass' },
  { name: 'fails when there is no policy at all', patch: (t: T) => { t.powerPlatformDlpPolicies = []; }, expect: 'fail', summary: /No Power Platform DLP policy exists/ },
  {
    name: 'fails naming the policy that excepts the default environment',
    patch: (t: T) => { t.powerPlatformDlpPolicies = [{ name: 'p1', displayName: 'Default', environmentType: 'ExceptEnvironments', environments: [DEFAULT_ENVIRONMENT] }]; },
    expect: 'fail',
    summary: /No DLP policy covers the default environment 'Contoso \(default\)'.*'Default' excludes it/,
    evidence: ['Default'],
  },
  { name: 'fails when the only policy lists other environments', patch: (t: T) => { t.powerPlatformDlpPolicies = [{ name: 'p1', displayName: 'Finance', environmentType: 'OnlyEnvironments', environments: ['b1e2c3d4-0000-4000-8000-000000000001'] }]; }, expect: 'fail', summary: /applies only to 1 other environment/ },
  { name: 'passes on an all-environments policy even when no environment is marked default', patch: (t: T) => { t.powerPlatformEnvironments = t.powerPlatformEnvironments.filter((e) => !e.isDefault); }, expect: 'pass', summary: /every environment/ },
  { name: 'is not assessed when no environment is marked default and no policy covers all', patch: (t: T) => { t.powerPlatformEnvironments = t.powerPlatformEnvironments.filter((e) => !e.isDefault); t.powerPlatformDlpPolicies[0]!.environmentType = 'ExceptEnvironments'; }, expect: 'not_assessed' },
  { name: 'is not assessed when the DLP policies cannot be read', unreadable: { powerPlatformDlpPolicies: { permission: 'Power Platform management application' } }, expect: 'not_assessed' },
  { name: 'is not assessed when the environments cannot be read', unreadable: { powerPlatformEnvironments: true }, expect: 'not_assessed' },
]);
