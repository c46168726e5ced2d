import check from '../../../checks/salesforce/sf-oauth-api-client-permissions-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg, permissionSet } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when nobody holds either permission', expect: 'pass' },
  { name: 'passes when Use Any API Client does not exist (API Access Control off) and nobody holds the other', patch: (o) => { o.permissionSets.unavailablePermissions.push('UseAnyApiClient'); }, expect: 'pass', summary: /does not exist here/ },
  { name: 'is not assessed when Approve Uninstalled Connected Apps is not queryable (never read as "nobody holds it")', patch: (o) => { o.permissionSets.unavailablePermissions.push('UseAnyApiClient', 'CanApproveUninstalledApps'); }, expect: 'not_assessed', summary: /Approve Uninstalled Connected Apps/ },
  { name: 'fails for a holder of Approve Uninstalled Connected Apps through a profile', patch: (o) => { const ps = o.permissionSets.permissionSets.find((p) => p.id === '0PS-admin'); ps?.permissions.push('CanApproveUninstalledApps'); }, expect: 'fail', evidence: ['ada.admin@acme.example', 'alan.admin@acme.example'] },
  { name: 'still fails for a Use Any API Client holder when the other permission is not queryable', patch: (o) => { o.permissionSets.unavailablePermissions.push('CanApproveUninstalledApps'); o.permissionSets.permissionSets.push(permissionSet('0PS-any', 'Any client', ['UseAnyApiClient'])); o.permissionSetAssignments.push({ assigneeId: '005-sales-2', permissionSetId: '0PS-any', permissionSetGroupId: null }); }, expect: 'fail', evidence: ['sue.sales@acme.example'], summary: /could not be read/ },
  { name: 'fails for a user holding Use Any API Client through a permission set', patch: (o) => { o.permissionSets.permissionSets.push(permissionSet('0PS-any', 'Any client', ['UseAnyApiClient'])); o.permissionSetAssignments.push({ assigneeId: '005-sales-2', permissionSetId: '0PS-any', permissionSetGroupId: null }); }, expect: 'fail', evidence: ['sue.sales@acme.example'] },
  { name: 'is not assessed when permission sets cannot be read', unreadable: { permissionSets: true }, expect: 'not_assessed' },
]);
