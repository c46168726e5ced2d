import check from '../../../checks/salesforce/sf-mfa-bypass-permission-unassigned.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg, permissionSet } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when the org no longer exposes the waiver permission', expect: 'pass', summary: /no longer exposes/ },
  { name: 'passes when the permission exists but nobody holds it', patch: (o) => { o.permissionSets.unavailablePermissions = []; }, expect: 'pass' },
  {
    name: 'fails when a permission set group grants the waiver',
    patch: (o) => {
      o.permissionSets.unavailablePermissions = [];
      o.permissionSets.permissionSets.push(permissionSet('0PS-waive', 'MFA waiver', ['BypassMFAForUiLogins'], { type: 'Group' }));
      o.permissionSetAssignments.push({ assigneeId: '005-sales-1', permissionSetId: '0PS-waive', permissionSetGroupId: '0PG-waive' });
    },
    expect: 'fail',
    evidence: ['sam.sales@acme.example'],
  },
  {
    name: 'ignores holders who are not active users',
    patch: (o) => {
      o.permissionSets.unavailablePermissions = [];
      o.permissionSets.permissionSets.push(permissionSet('0PS-waive', 'MFA waiver', ['BypassMFAForUiLogins']));
      o.permissionSetAssignments.push({ assigneeId: '005-gone', permissionSetId: '0PS-waive', permissionSetGroupId: null });
    },
    expect: 'pass',
  },
  { name: 'is not assessed when assignments cannot be read', unreadable: { permissionSetAssignments: true }, expect: 'not_assessed' },
]);
