import type { SfPermissionSet, SfPermissionSetAssignment, SfUser } from '../../snapshot/salesforce.js';

export interface PermissionInputs {
  users: SfUser[];
  permissionSets: { permissionSets: SfPermissionSet[] };
  permissionSetAssignments: SfPermissionSetAssignment[];
}

export interface PermissionHolder {
  user: SfUser;
  /** Where the permission comes from: profile, permission set or permission set group. */
  via: string[];
}

export function grantLabel(ps: SfPermissionSet): string {
  if (ps.isOwnedByProfile) return `profile ${ps.profileName ?? ps.label}`;
  if (ps.type === 'Group') return `permission set group ${ps.label}`;
  return `permission set ${ps.label}`;
}

/**
 * Active users who hold any of the permissions through a profile, a permission set or a permission
 * set group (whose aggregate permission set is what the assignment points at).
 */
export function holdersOf(permissions: readonly string[], input: PermissionInputs): PermissionHolder[] {
  const byId = new Map(input.permissionSets.permissionSets.map((ps) => [ps.id, ps]));
  const byProfile = new Map(input.permissionSets.permissionSets.filter((ps) => ps.isOwnedByProfile && ps.profileId).map((ps) => [ps.profileId as string, ps]));
  const users = new Map(input.users.map((u) => [u.id, u]));
  const holders = new Map<string, PermissionHolder>();
  const grant = (user: SfUser, ps: SfPermissionSet | undefined) => {
    if (!ps || !permissions.some((p) => ps.permissions.includes(p))) return;
    const holder = holders.get(user.id) ?? { user, via: [] };
    const label = `${grantLabel(ps)} (${permissions.filter((p) => ps.permissions.includes(p)).join(', ')})`;
    if (!holder.via.includes(label)) holder.via.push(label);
    holders.set(user.id, holder);
  };
  for (const user of input.users) if (user.profileId) grant(user, byProfile.get(user.profileId));
  for (const a of input.permissionSetAssignments) {
    const user = users.get(a.assigneeId);
    if (user) grant(user, byId.get(a.permissionSetId));
  }
  return [...holders.values()].sort((a, b) => a.user.username.localeCompare(b.user.username));
}

/** The high-risk permissions a privileged-access review covers. */
export const HIGH_RISK_PERMISSIONS = ['ModifyAllData', 'ViewAllData', 'AuthorApex', 'CustomizeApplication', 'ManageUsers'] as const;

/** Default number of users who may hold each high-risk permission when the config sets no cap. */
export const DEFAULT_PRIVILEGED_USER_CAP = 5;

export function userEvidence(holder: PermissionHolder, detail?: string) {
  return { kind: 'user' as const, name: holder.user.username, id: holder.user.id, detail: detail ?? `via ${holder.via.join('; ')}` };
}
