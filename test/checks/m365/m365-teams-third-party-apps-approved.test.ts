import check from '../../../checks/m365/m365-teams-third-party-apps-approved.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every policy allows only listed third-party and custom apps', expect: 'pass', controls: { 'MS.TEAMS.5.2v2': 'pass', '8.4.1': 'pass' } },
  { name: 'fails naming the policy that allows every third-party app', patch: (t: T) => void (t.teamsAppPermissionPolicies[0]!.globalCatalogAppsType = 'BlockedAppList'), expect: 'fail', evidence: ['Global app permission policy'], summary: 'allows every third-party app not blocked', controls: { 'MS.TEAMS.5.2v2': 'fail', '8.4.1': 'fail' } },
  { name: 'passes SCuBA 5.2 but fails CIS 8.4.1 when custom apps are open', patch: (t: T) => void (t.teamsAppPermissionPolicies[1]!.privateCatalogAppsType = 'BlockedAppList'), expect: 'pass', controls: { 'MS.TEAMS.5.2v2': 'pass', '8.4.1': 'fail' } },
  { name: 'is not assessed when the app permission policies cannot be read', unreadable: { teamsAppPermissionPolicies: true }, expect: 'not_assessed' },
]);
