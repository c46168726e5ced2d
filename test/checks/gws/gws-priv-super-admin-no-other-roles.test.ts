import check from '../../../checks/gws/gws-priv-super-admin-no-other-roles.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, HELPDESK_ROLE } from './compliant-tenant.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when super admins hold only the super admin role', expect: 'pass' },
  {
    name: 'fails for a super admin who also holds a delegated role',
    patch: (t) => { t.adminRoles.assignments.push({ roleAssignmentId: 'ra8', roleId: HELPDESK_ROLE, assignedTo: t.users[0]!.id, assigneeType: 'user', scopeType: 'CUSTOMER', orgUnitId: null }); },
    expect: 'fail',
    evidence: ['ada.admin@example.org'],
    notEvidence: ['helpdesk@example.org'],
  },
  { name: 'is not applicable without super admins', patch: (t) => { t.users = t.users.filter((u) => !u.isAdmin); t.adminRoles.assignments = t.adminRoles.assignments.filter((a) => a.roleId === HELPDESK_ROLE); }, expect: 'not_applicable' },
  { name: 'is not assessed when roles cannot be read', unreadable: { adminRoles: true }, expect: 'not_assessed' },
]);
