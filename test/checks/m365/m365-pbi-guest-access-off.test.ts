import check from '../../../checks/m365/m365-pbi-guest-access-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes on the compliant setting', expect: 'pass' },
  { name: 'fails when AllowGuestUserToAccessSharedContent is on for the whole organisation', patch: (t: T) => { t.powerBiTenantSettings[1]!.enabled = true; t.powerBiTenantSettings[1]!.enabledSecurityGroups = []; }, expect: 'fail', summary: /entire organization/ },
  { name: 'scuba fails when it is limited to a security group', patch: (t: T) => { t.powerBiTenantSettings[1]!.enabled = true; t.powerBiTenantSettings[1]!.enabledSecurityGroups = ['Report publishers']; }, settings: { profile: 'scuba' }, expect: 'fail' },
  { name: 'cis accepts a security group', patch: (t: T) => { t.powerBiTenantSettings[1]!.enabled = true; t.powerBiTenantSettings[1]!.enabledSecurityGroups = ['Report publishers']; }, settings: { profile: 'cis' }, expect: 'pass' },
  { name: 'is not assessed when the setting is not listed', patch: (t: T) => void t.powerBiTenantSettings.splice(1, 1), expect: 'not_assessed' },
  { name: 'is not assessed when powerBiTenantSettings cannot be read', unreadable: { powerBiTenantSettings: { permission: 'Fabric read-only admin API access' } }, expect: 'not_assessed' },
]);
