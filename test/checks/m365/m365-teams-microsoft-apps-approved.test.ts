import check from '../../../checks/m365/m365-teams-microsoft-apps-approved.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every policy allows only listed apps', expect: 'pass' },
  { name: 'fails naming the Global policy when it blocks only listed apps', patch: (t: T) => void (t.teamsAppPermissionPolicies[0]!.defaultCatalogAppsType = 'BlockedAppList'), expect: 'fail', evidence: ['Global app permission policy'], summary: 'allows every Microsoft app not blocked' },
  { name: 'fails on a custom policy too', patch: (t: T) => void (t.teamsAppPermissionPolicies[1]!.defaultCatalogAppsType = 'BlockedAppList'), expect: 'fail', evidence: ["app permission policy 'Developers'"], notEvidence: ['Global app permission policy'] },
  { name: 'is not assessed when a policy left the setting out', patch: (t: T) => void (t.teamsAppPermissionPolicies[1]!.defaultCatalogAppsType = null), expect: 'not_assessed' },
  { name: 'is not assessed when the app permission policies cannot be read', unreadable: { teamsAppPermissionPolicies: true }, expect: 'not_assessed' },
]);
