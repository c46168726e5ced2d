import type { GwsAdminRoles, GwsUser } from '../../connectors/gws/shapes.js';

export interface AdminUser {
  user: GwsUser;
  superAdmin: boolean;
  /** Role names held (super admin first). */
  roles: string[];
}

/** Users who are super admins (isAdmin or a super-admin role) or hold any delegated role assignment. */
export function adminUsers(users: readonly GwsUser[], adminRoles: GwsAdminRoles): AdminUser[] {
  const roleById = new Map(adminRoles.roles.map((r) => [r.roleId, r]));
  const rolesByUser = new Map<string, string[]>();
  const superByRole = new Set<string>();
  for (const assignment of adminRoles.assignments) {
    const role = roleById.get(assignment.roleId);
    const name = role?.roleName ?? `role ${assignment.roleId}`;
    const list = rolesByUser.get(assignment.assignedTo) ?? [];
    if (!list.includes(name)) list.push(name);
    rolesByUser.set(assignment.assignedTo, list);
    if (role?.isSuperAdminRole) superByRole.add(assignment.assignedTo);
  }
  const result: AdminUser[] = [];
  for (const user of users) {
    const roles = rolesByUser.get(user.id) ?? [];
    const superAdmin = user.isAdmin || superByRole.has(user.id);
    if (!superAdmin && !user.isDelegatedAdmin && roles.length === 0) continue;
    const names = superAdmin && roles.length === 0 ? ['Super Admin'] : roles;
    result.push({ user, superAdmin, roles: names });
  }
  return result;
}
