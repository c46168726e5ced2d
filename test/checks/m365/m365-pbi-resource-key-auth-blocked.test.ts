import check from '../../../checks/m365/m365-pbi-resource-key-auth-blocked.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes on the compliant setting', expect: 'pass' },
  { name: 'fails when BlockResourceKeyAuthentication is disabled', patch: (t: T) => void (t.powerBiTenantSettings[5]!.enabled = false), expect: 'fail', summary: /BlockResourceKeyAuthentication/ },
  { name: 'is not assessed when the setting is not listed', patch: (t: T) => void t.powerBiTenantSettings.splice(5, 1), expect: 'not_assessed' },
  { name: 'is not assessed when powerBiTenantSettings cannot be read', unreadable: { powerBiTenantSettings: { permission: 'Fabric read-only admin API access' } }, expect: 'not_assessed' },
]);
