import check from '../../../checks/m365/m365-pbi-service-principal-api-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes on the compliant setting', expect: 'pass' },
  { name: 'fails when ServicePrincipalAccessPermissionAPIs is on for the whole organisation', patch: (t: T) => { t.powerBiTenantSettings[3]!.enabled = true; t.powerBiTenantSettings[3]!.enabledSecurityGroups = []; }, expect: 'fail', summary: /entire organization/ },
  { name: 'passes when limited to a security group', patch: (t: T) => { t.powerBiTenantSettings[3]!.enabled = true; t.powerBiTenantSettings[3]!.enabledSecurityGroups = ['Report publishers']; }, expect: 'pass' },
  { name: 'is not assessed when the setting is not listed', patch: (t: T) => void t.powerBiTenantSettings.splice(3, 1), expect: 'not_assessed' },
  { name: 'is not assessed when powerBiTenantSettings cannot be read', unreadable: { powerBiTenantSettings: { permission: 'Fabric read-only admin API access' } }, expect: 'not_assessed' },
]);
