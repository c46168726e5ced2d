import { defineCheck } from '../../src/core/define-check.js';
import { adminUsers, roleLabel } from '../../src/rules/gws/admins.js';

export default defineCheck({
  id: 'gws-priv-super-admin-no-other-roles',
  provider: 'gws',
  area: 'privileged-access',
  severity: 'low',
  title: 'Super admins hold no other admin roles',
  owner: 'Super Admin',
  rationale:
    'A super admin already has every privilege; extra role assignments on the same account usually mean the account is used for day-to-day administration, which is what separate delegated-admin accounts are for.',
  remediation:
    'Admin console > Account > Admin roles: remove the listed delegated roles from super admin accounts, and give day-to-day work a separate account holding only the delegated role.',
  references: {
    cis: ['1.1.3'],
    docs: ['https://support.google.com/a/answer/9011373'],
  },
  reads: ['users', 'adminRoles'],
  evaluate({ users, adminRoles }) {
    const superRoles = new Set(adminRoles.roles.filter((r) => r.isSuperAdminRole).map((r) => roleLabel(r.roleName)));
    const supers = adminUsers(users, adminRoles).filter((a) => a.superAdmin && !a.user.suspended);
    const offenders = supers
      .map((a) => ({ a, extra: a.roles.filter((r) => r !== 'Super Admin' && !superRoles.has(r)) }))
      .filter((x) => x.extra.length > 0);
    if (supers.length === 0) return { status: 'not_applicable', summary: 'No active super admins were found.' };
    if (offenders.length === 0) return { status: 'pass', summary: `None of the ${supers.length} super admins holds another admin role.` };
    return {
      status: 'fail',
      summary: `${offenders.length} super admin${offenders.length === 1 ? ' holds' : 's hold'} other admin roles.`,
      evidence: offenders.map(({ a, extra }) => ({ kind: 'user' as const, name: a.user.primaryEmail, id: a.user.id, detail: `also ${extra.join(', ')}` })),
    };
  },
});
