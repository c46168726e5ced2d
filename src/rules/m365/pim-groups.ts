import type { Evidence } from '../../core/model.js';
import type { PimGroup, PimGroupAccess, RoleAssignment } from '../../snapshot/m365.js';
import { roleNameOf, type BuiltInRole, type RoleHolder } from './privileged-roles.js';

/** PIM for Groups data by group id (lower-cased). */
function byGroupId(pimGroups: readonly PimGroup[]): Map<string, PimGroup> {
  return new Map(pimGroups.map((group) => [group.groupId.toLowerCase(), group]));
}

/** Membership (not ownership) that is in force now or can be activated: what passes the group's roles on. */
function memberships(accesses: readonly PimGroupAccess[]): PimGroupAccess[] {
  return accesses.filter((access) => access.accessId.toLowerCase() === 'member');
}

/**
 * The users who hold a role through PIM for Groups: eligible (and PIM-active) members of a group the
 * role is assigned to. Each such membership becomes a holder whose assignment reads "eligible" when
 * the membership is, so evidence says "eligible for … through group …". Members PIM names that are
 * not users of this tenant (nested groups, foreign or deleted objects) come back as `hidden`.
 */
export function pimGroupHolders(assignments: readonly RoleAssignment[], pimGroups: readonly PimGroup[] | undefined): { holders: RoleHolder[]; hidden: Evidence[] } {
  const holders: RoleHolder[] = [];
  const hidden: Evidence[] = [];
  if (!pimGroups) return { holders, hidden };
  const groups = byGroupId(pimGroups);
  for (const assignment of assignments) {
    if (assignment.principal?.type !== 'group') continue;
    const group = groups.get(assignment.principalId.toLowerCase());
    if (!group) continue;
    const via = assignment.principal;
    for (const [accesses, eligible] of [[group.eligible, true], [group.active, false]] as const) {
      for (const access of memberships(accesses)) {
        const kind = eligible || assignment.assignment === 'eligible' ? 'eligible' : 'active';
        if (access.principal?.type === 'user') {
          holders.push({ user: access.principal, assignment: { ...assignment, assignment: kind }, viaGroup: via });
        } else {
          const what = access.principal ? `a ${access.principal.type === 'group' ? 'nested group' : access.principal.type}` : 'a principal not found in this directory';
          hidden.push({ kind: 'group', name: access.principal?.displayName ?? access.principalId, id: access.principalId, detail: `${what}, ${eligible ? 'eligible' : 'active'} member through PIM for Groups of "${group.displayName}", which ${assignment.assignment === 'eligible' ? 'is eligible for' : 'holds'} ${roleNameOf(assignment)}: its users were not counted` });
        }
      }
    }
  }
  return { holders, hidden };
}

/** A group that holds a role actively and is under PIM for Groups: its member settings govern who activates the role. */
export interface RoleGroupUnderPim {
  role: BuiltInRole;
  group: PimGroup;
}

/**
 * The PIM for Groups groups actively assigned to each role (SCuBA's MS.AAD.7.6–7.9 instructions: "apply
 * the same configuration to each PIM group's Member settings"). A group counts as under PIM when PIM lists
 * an eligible member for it: only then can anyone activate the role through it. Graph may return member
 * settings for groups nobody uses PIM for (their defaults need no approval); judging those would fail
 * tenants for an activation that cannot happen.
 */
export function groupsUnderPim(roleAssignments: readonly RoleAssignment[], pimGroups: readonly PimGroup[], roles: readonly BuiltInRole[]): RoleGroupUnderPim[] {
  const groups = byGroupId(pimGroups);
  const found: RoleGroupUnderPim[] = [];
  const seen = new Set<string>();
  for (const role of roles) {
    for (const assignment of roleAssignments) {
      if (assignment.assignment !== 'active' || assignment.principal?.type !== 'group') continue;
      if (assignment.roleDefinitionId.toLowerCase() !== role.templateId) continue;
      const group = groups.get(assignment.principalId.toLowerCase());
      const key = `${role.templateId}/${assignment.principalId.toLowerCase()}`;
      if (!group || seen.has(key) || memberships(group.eligible).length === 0) continue;
      seen.add(key);
      found.push({ role, group });
    }
  }
  return found;
}

/** Evidence naming a PIM for Groups group and the role it holds. */
export function pimGroupEvidence(entry: RoleGroupUnderPim, detail: string): Evidence {
  return { kind: 'group', name: entry.group.displayName, id: entry.group.groupId, detail: `PIM for Groups group holding ${entry.role.name}: ${detail}` };
}

/**
 * Whether PIM for Groups governs who holds the group's membership: it lists at least one eligible member.
 * SCuBA MS.AAD.7.4 lets such a group hold a role permanently, "because activation is handled by PIM for Groups".
 */
export function activatesThroughPim(pimGroups: readonly PimGroup[] | undefined, groupId: string): boolean {
  const group = pimGroups && byGroupId(pimGroups).get(groupId.toLowerCase());
  return !!group && memberships(group.eligible).length > 0;
}
