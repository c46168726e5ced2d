import check from '../../../checks/salesforce/sf-oauth-api-client-permissions-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg, permissionSet } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when nobody holds either permission', expect: 'pass' },
  { name: 'passes when the org exposes neither permission', patch: (o) => { o.permissionSets.unavailablePermissions.push('UseAnyApiClient', 'CanApproveUninstalledApps'); }, expect: 'pass', summary: /exposes neither/ },
  { name: 'fails for a user holding Use Any API Client through a permission set', patch: (o) => { o.permissionSets.permissionSets.push(permissionSet('0PS-any', 'Any client', ['UseAnyApiClient'])); o.permissionSetAssignments.push({ assigneeId: '005-sales-2', permissionSetId: '0PS-any', permissionSetGroupId: null }); }, expect: 'fail', evidence: ['sue.sales@acme.example'] },
  { name: 'is not assessed when permission sets cannot be read', unreadable: { permissionSets: true }, expect: 'not_assessed' },
]);
