import check from '../../../checks/salesforce/sf-priv-high-risk-permissions-limited.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg, permissionSet } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes under the default cap', expect: 'pass' },
  { name: 'fails above a configured cap', settings: { privilegedUserCap: 1 }, expect: 'fail', evidence: ['ModifyAllData'] },
  { name: 'fails for a holder outside the allow-list', settings: { privilegedUserAllowList: ['ada.admin@acme.example'] }, expect: 'fail', evidence: ['alan.admin@acme.example'], notEvidence: ['ada.admin@acme.example'] },
  { name: 'counts grants through a permission set group', patch: (o) => { o.permissionSets.permissionSets.push(permissionSet('0PS-psg', 'Ops group', ['ViewAllData'], { type: 'Group' })); o.permissionSetAssignments.push({ assigneeId: '005-sales-2', permissionSetId: '0PS-psg', permissionSetGroupId: '0PG-ops' }); }, settings: { privilegedUserAllowList: ['ada.admin@acme.example', 'alan.admin@acme.example'] }, expect: 'fail', evidence: ['sue.sales@acme.example'] },
  { name: 'does not count allow-listed holders toward the cap', settings: { privilegedUserCap: 1, privilegedUserAllowList: ['ada.admin@acme.example', 'ALAN.admin@acme.example'] }, expect: 'pass' },
  { name: 'counts View All Data granted through a plain permission set', patch: (o) => { o.permissionSets.permissionSets.push(permissionSet('0PS-vad', 'Reporting', ['ViewAllData'])); o.permissionSetAssignments.push({ assigneeId: '005-sales-1', permissionSetId: '0PS-vad', permissionSetGroupId: null }); }, settings: { privilegedUserCap: 2 }, expect: 'fail', evidence: ['ViewAllData'] },
  { name: 'is not assessed when assignments cannot be read', unreadable: { permissionSetAssignments: true }, expect: 'not_assessed' },
]);
