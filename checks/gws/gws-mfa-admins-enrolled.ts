import { defineCheck } from '../../src/core/define-check.js';
import { adminUsers } from '../../src/rules/gws/admins.js';

export default defineCheck({
  id: 'gws-mfa-admins-enrolled',
  provider: 'gws',
  area: 'mfa',
  severity: 'critical',
  title: 'Every administrator (super and delegated) is enrolled in 2-Step Verification',
  owner: 'Super Admin',
  rationale:
    'An administrator without a second factor turns one phished password into control of the tenant. Delegated admins count: a User Management or Groups admin can take over other accounts.',
  remediation:
    'Have each listed admin enrol a security key (Admin console > Users > the user > Security > 2-Step Verification), or remove the admin role until they do. Put admins in an OU or group where 2-Step Verification is enforced with security keys only.',
  // Not GWS.COMMONCONTROLS.1.1 ("Phishing-resistant MFA SHALL be required for all users"): the Directory API's
  // isEnrolledIn2Sv says nothing of the method, so any 2SV method passes here; gws-mfa-phishing-resistant judges 1.1.
  references: {
    cis: ['4.1.1.1'],
    docs: ['https://support.google.com/a/answer/9011373'],
  },
  reads: ['users', 'adminRoles'],
  evaluate({ users, adminRoles }) {
    const admins = adminUsers(users, adminRoles).filter((a) => !a.user.suspended && !a.user.archived);
    if (admins.length === 0) return { status: 'not_applicable', summary: 'No active administrators were found.' };
    const missing = admins.filter((a) => !a.user.isEnrolledIn2Sv);
    // Roles assigned to a security group make its members admins; the members are not read, so a pass would rest on part of the admins.
    const roleName = new Map(adminRoles.roles.map((r) => [r.roleId, r.roleName]));
    const groupAssignments = adminRoles.assignments.filter((a) => a.assigneeType.toLowerCase() === 'group');
    if (missing.length === 0 && groupAssignments.length > 0) {
      return {
        status: 'not_assessed',
        summary: `The ${admins.length} directly assigned administrators are enrolled, but ${groupAssignments.length} admin role assignment${groupAssignments.length === 1 ? ' goes' : 's go'} to groups whose members were not read; check those members' 2-Step Verification enrolment by hand.`,
        evidence: groupAssignments.map((a) => ({ kind: 'group' as const, name: a.assignedTo, id: a.assignedTo, detail: `holds ${roleName.get(a.roleId) ?? `role ${a.roleId}`}; members not read` })),
      };
    }
    if (missing.length === 0) return { status: 'pass', summary: `All ${admins.length} active administrators are enrolled in 2-Step Verification.` };
    return {
      status: 'fail',
      summary: `${missing.length} of ${admins.length} administrators are not enrolled in 2-Step Verification.`,
      evidence: missing.map((a) => ({ kind: 'user' as const, name: a.user.primaryEmail, id: a.user.id, detail: `not enrolled; ${a.roles.join(', ')}` })),
    };
  },
});
