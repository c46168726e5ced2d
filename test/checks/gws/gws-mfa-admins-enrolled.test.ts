import { expect } from 'vitest';
import check from '../../../checks/gws/gws-mfa-admins-enrolled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, HELPDESK_ROLE } from './compliant-tenant.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when all admins are enrolled', expect: 'pass' },
  { name: 'fails for a super admin not enrolled', patch: (t) => { t.users[0]!.isEnrolledIn2Sv = false; }, expect: 'fail', evidence: ['ada.admin@example.org'] },
  { name: 'fails for a delegated admin not enrolled', patch: (t) => { t.users[2]!.isEnrolledIn2Sv = false; }, expect: 'fail', evidence: ['helpdesk@example.org'] },
  {
    name: 'fails for a user holding a role assignment even when isDelegatedAdmin is false',
    patch: (t) => {
      t.users[3]!.isEnrolledIn2Sv = false;
      t.adminRoles.assignments.push({ roleAssignmentId: 'ra9', roleId: HELPDESK_ROLE, assignedTo: t.users[3]!.id, assigneeType: 'user', scopeType: 'CUSTOMER', orgUnitId: null });
    },
    expect: 'fail',
    evidence: ['alan@example.org'],
  },
  { name: 'ignores a non-admin who is not enrolled', patch: (t) => { t.users[3]!.isEnrolledIn2Sv = false; }, expect: 'pass' },
  {
    name: 'is not assessed (never pass) when an admin role is assigned to a group whose members were not read',
    patch: (t) => { t.adminRoles.assignments.push({ roleAssignmentId: 'ra9', roleId: t.adminRoles.roles[1]!.roleId, assignedTo: '03group0000001', assigneeType: 'group', scopeType: 'CUSTOMER', orgUnitId: null }); },
    expect: 'not_assessed',
    evidence: ['03group0000001'],
  },
  {
    name: 'still fails on an unenrolled admin when a group also holds a role',
    patch: (t) => { t.users[0]!.isEnrolledIn2Sv = false; t.adminRoles.assignments.push({ roleAssignmentId: 'ra9', roleId: t.adminRoles.roles[1]!.roleId, assignedTo: '03group0000001', assigneeType: 'group', scopeType: 'CUSTOMER', orgUnitId: null }); },
    expect: 'fail',
    evidence: ['ada.admin@example.org'],
  },
  { name: 'does not cite GWS.COMMONCONTROLS.1.1 (phishing-resistant MFA), which enrolment alone cannot show', patch: () => { expect(check.meta.references.scuba ?? []).not.toContain('GWS.COMMONCONTROLS.1.1v1'); }, expect: 'pass' },
  { name: 'is not assessed when roles cannot be read', unreadable: { adminRoles: { permission: 'https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly' } }, expect: 'not_assessed', summary: /rolemanagement/ },
]);
