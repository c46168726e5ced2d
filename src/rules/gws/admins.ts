import type { GwsAdminRoles, GwsUser } from '../../snapshot/gws.js';

export interface AdminUser {
  user: GwsUser;
  superAdmin: boolean;
  /** Role names held (super admin first). */
  roles: string[];
}

/** Google's built-in roles carry system names; the Admin console shows these. */
const SYSTEM_ROLE_LABELS: Record<string, string> = {
  _SEED_ADMIN_ROLE: 'Super Admin',
  _GROUPS_ADMIN_ROLE: 'Groups Admin',
  _GROUPS_EDITOR_ROLE: 'Groups Editor',
  _GROUPS_READER_ROLE: 'Groups Reader',
  _USER_MANAGEMENT_ADMIN_ROLE: 'User Management Admin',
  _HELP_DESK_ADMIN_ROLE: 'Help Desk Admin',
  _SERVICES_ADMIN_ROLE: 'Services Admin',
  _MOBILE_ADMIN_ROLE: 'Mobile Admin',
  _GOOGLE_VOICE_ADMIN_ROLE: 'Google Voice Admin',
  _LEGACY_DOMAIN_USER_ROLE: 'Legacy Domain User',
};

export function roleLabel(name: string): string {
  const label = SYSTEM_ROLE_LABELS[name];
  return label ? `${label} (${name})` : name;
}

/** Users who are super admins (isAdmin or a super-admin role) or hold any delegated role assignment. */
export function adminUsers(users: readonly GwsUser[], adminRoles: GwsAdminRoles): AdminUser[] {
  const roleById = new Map(adminRoles.roles.map((r) => [r.roleId, r]));
  const rolesByUser = new Map<string, string[]>();
  const superByRole = new Set<string>();
  for (const assignment of adminRoles.assignments) {
    const role = roleById.get(assignment.roleId);
    const name = role?.roleName ? roleLabel(role.roleName) : `role ${assignment.roleId}`;
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
