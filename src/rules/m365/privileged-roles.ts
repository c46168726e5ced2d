import type { Evidence } from '../../core/model.js';
import type { DirectoryPrincipal, RoleAssignment, RoleAssignmentScheduleInstance, RoleManagementPolicy } from '../../snapshot/m365.js';

/** A built-in Entra role, by the template id that is the same in every tenant. */
export interface BuiltInRole {
  templateId: string;
  name: string;
}

export const GLOBAL_ADMINISTRATOR: BuiltInRole = { templateId: '62e90394-69f5-4237-9190-012177145e10', name: 'Global Administrator' };

/**
 * CISA SCuBA's "highly privileged roles" (baselines/aad.md, section Highly Privileged Roles): the set
 * MS.AAD.3.6 (phishing-resistant MFA) and MS.AAD.7.x (privileged access) are written against.
 */
export const HIGHLY_PRIVILEGED_ROLES: readonly BuiltInRole[] = [
  GLOBAL_ADMINISTRATOR,
  { templateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814', name: 'Privileged Role Administrator' },
  { templateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1', name: 'User Administrator' },
  { templateId: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', name: 'SharePoint Administrator' },
  { templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de', name: 'Exchange Administrator' },
  { templateId: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2', name: 'Hybrid Identity Administrator' },
  { templateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', name: 'Application Administrator' },
  { templateId: '158c047a-c907-4556-b7ef-446551a6b5f7', name: 'Cloud Application Administrator' },
];

const PRIVILEGED_AUTHENTICATION_ADMINISTRATOR: BuiltInRole = { templateId: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', name: 'Privileged Authentication Administrator' };
const SECURITY_ADMINISTRATOR: BuiltInRole = { templateId: '194ae4cb-b126-40b2-bd5b-6091b380977d', name: 'Security Administrator' };
const CONDITIONAL_ACCESS_ADMINISTRATOR: BuiltInRole = { templateId: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', name: 'Conditional Access Administrator' };
const AUTHENTICATION_ADMINISTRATOR: BuiltInRole = { templateId: 'c4e39bd9-1100-46d3-8c65-fb160da0071f', name: 'Authentication Administrator' };
const HELPDESK_ADMINISTRATOR: BuiltInRole = { templateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8', name: 'Helpdesk Administrator' };
const PASSWORD_ADMINISTRATOR: BuiltInRole = { templateId: '966707d0-3269-4727-9be2-8c3a10f19b9d', name: 'Password Administrator' };
const BILLING_ADMINISTRATOR: BuiltInRole = { templateId: 'b0f54661-2d74-4c50-afa3-1ec803f12efe', name: 'Billing Administrator' };
const GLOBAL_READER: BuiltInRole = { templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', name: 'Global Reader' };

/**
 * The fifteen directory roles CIS M365 v7 lists "at minimum" for the administrator MFA policy (5.2.2.1) and the
 * phishing-resistant strength for administrators (5.2.2.5), as its remediation sections name them (text as Prowler's
 * cis_7.0_m365.json carries it). SCuBA's highly privileged roles less Hybrid Identity Administrator, which CIS does
 * not list, plus eight more, Global Reader among them.
 */
export const CIS_ADMIN_MFA_ROLES: readonly BuiltInRole[] = [
  ...HIGHLY_PRIVILEGED_ROLES.filter((role) => role.templateId !== '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2'),
  AUTHENTICATION_ADMINISTRATOR,
  BILLING_ADMINISTRATOR,
  CONDITIONAL_ACCESS_ADMINISTRATOR,
  GLOBAL_READER,
  HELPDESK_ADMINISTRATOR,
  PASSWORD_ADMINISTRATOR,
  PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
  SECURITY_ADMINISTRATOR,
];

/**
 * Control-plane (tier 0) roles: any of them lets its holder take over the tenant, directly or by
 * granting itself more (credentials on apps, federation, authentication methods, partner support).
 */
export const TIER0_ROLES: readonly BuiltInRole[] = [
  ...HIGHLY_PRIVILEGED_ROLES,
  PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
  SECURITY_ADMINISTRATOR,
  CONDITIONAL_ACCESS_ADMINISTRATOR,
  { templateId: '8329153b-31d0-4727-b945-745eb3bc5f31', name: 'Domain Name Administrator' },
  { templateId: 'be2f45a1-457d-42af-a067-6ec1fa63bc45', name: 'External Identity Provider Administrator' },
  { templateId: 'e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8', name: 'Partner Tier2 Support' },
];

/**
 * Every administrator role the privileged-access checks look at: tier 0 plus the roles CIS lists for
 * administrator MFA (CIS M365 5.2.2.1) that can reset credentials or read the whole directory; a superset
 * of CIS_ADMIN_MFA_ROLES.
 */
export const ADMINISTRATOR_ROLES: readonly BuiltInRole[] = [
  ...TIER0_ROLES,
  AUTHENTICATION_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  PASSWORD_ADMINISTRATOR,
  BILLING_ADMINISTRATOR,
  GLOBAL_READER,
];

function templateIds(roles: readonly BuiltInRole[]): Set<string> {
  return new Set(roles.map((role) => role.templateId.toLowerCase()));
}

/** The assignments (active and eligible) to any of the given roles. */
export function assignmentsTo(assignments: readonly RoleAssignment[], roles: readonly BuiltInRole[]): RoleAssignment[] {
  const ids = templateIds(roles);
  return assignments.filter((assignment) => ids.has(assignment.roleDefinitionId.toLowerCase()));
}

/** The role's display name: the snapshot's, else the built-in list's, else its id. */
export function roleNameOf(assignment: RoleAssignment): string {
  if (assignment.roleName) return assignment.roleName;
  const known = ADMINISTRATOR_ROLES.find((role) => role.templateId === assignment.roleDefinitionId.toLowerCase());
  return known?.name ?? assignment.roleDefinitionId;
}

/**
 * A principal the directory could not resolve: a GDAP partner group, a foreign or deleted object.
 * It holds the role all the same, so it is reported rather than skipped.
 */
export function isUnresolved(assignment: RoleAssignment): boolean {
  return assignment.principal === null || assignment.principal.type === 'unknown';
}

/** What a person recognises the assignee by. */
export function principalLabel(assignment: RoleAssignment): string {
  const principal = assignment.principal;
  if (!principal) return `Unresolved principal ${assignment.principalId}`;
  return principal.userPrincipalName ?? (principal.displayName || principal.id || assignment.principalId);
}

const EVIDENCE_KIND = { user: 'user', group: 'group', servicePrincipal: 'app', unknown: 'user' } as const;

/** Evidence naming the assignee and the role it holds. */
export function assignmentEvidence(assignment: RoleAssignment, detail?: string): Evidence {
  const kind = assignment.principal ? EVIDENCE_KIND[assignment.principal.type] : 'user';
  const how = assignment.assignment === 'eligible' ? 'eligible for' : 'holds';
  return {
    kind,
    name: principalLabel(assignment),
    id: assignment.principalId,
    detail: detail ?? `${how} ${roleNameOf(assignment)}`,
  };
}

/** Evidence for a role assignment whose principal could not be resolved (e.g. a GDAP partner group). */
export function unresolvedEvidence(assignment: RoleAssignment): Evidence {
  const how = assignment.assignment === 'eligible' ? 'eligible for' : 'holds';
  const what = assignment.principal?.type === 'unknown' ? 'principal of unknown type' : 'principal not found in this directory';
  return {
    kind: 'role',
    name: principalLabel(assignment),
    id: assignment.principalId,
    detail: `${what} (a GDAP partner group or foreign object?) ${how} ${roleNameOf(assignment)}: review it`,
  };
}

/** A user who holds a role, directly or as a (transitive) member of a role-holding group. */
export interface RoleHolder {
  user: DirectoryPrincipal;
  assignment: RoleAssignment;
  /** The group the role reaches the user through; absent for a direct assignment. */
  viaGroup?: DirectoryPrincipal;
}

/** The users behind the assignments: direct holders, and the members of groups whose members were read. */
export function userHolders(assignments: readonly RoleAssignment[]): RoleHolder[] {
  return assignments.flatMap((assignment): RoleHolder[] => {
    const principal = assignment.principal;
    if (principal?.type === 'user') return [{ user: principal, assignment }];
    if (principal?.type === 'group') return (principal.members ?? []).map((user) => ({ user, assignment, viaGroup: principal }));
    return [];
  });
}

/** Role-holding groups of this tenant whose members could not be read: their holders are unknown. */
export function unexpandedGroups(assignments: readonly RoleAssignment[]): RoleAssignment[] {
  return assignments.filter((assignment) => assignment.principal?.type === 'group' && !Array.isArray(assignment.principal.members));
}

/** Evidence naming a user who holds a role, and the group it comes through. */
export function holderEvidence(holder: RoleHolder, what: string): Evidence {
  const how = holder.assignment.assignment === 'eligible' ? 'eligible for' : 'holds';
  const via = holder.viaGroup ? ` through group "${holder.viaGroup.displayName}"` : '';
  return {
    kind: 'user',
    name: holder.user.userPrincipalName ?? holder.user.displayName ?? holder.user.id,
    id: holder.user.id,
    detail: `${what}${what ? ', ' : ''}${how} ${roleNameOf(holder.assignment)}${via}`,
  };
}

/** Evidence for a group whose members could not be read. */
export function unexpandedGroupEvidence(assignment: RoleAssignment): Evidence {
  const how = assignment.assignment === 'eligible' ? 'eligible for' : 'holds';
  return {
    kind: 'group',
    name: principalLabel(assignment),
    id: assignment.principalId,
    detail: `group ${how} ${roleNameOf(assignment)}; its members could not be read (grant GroupMember.Read.All), so they were not assessed`,
  };
}

/** Guests: userType Guest, or the #EXT# marker B2B accounts carry in their UPN. */
export function isGuestUser(user: DirectoryPrincipal): boolean {
  return (user.userType ?? '').toLowerCase() === 'guest' || (user.userPrincipalName ?? '').toUpperCase().includes('#EXT#');
}

/** Whether the role (by template id) is one of SCuBA's highly privileged roles. */
export function isHighlyPrivileged(roleDefinitionId: string): boolean {
  return templateIds(HIGHLY_PRIVILEGED_ROLES).has(roleDefinitionId.toLowerCase());
}

/** A built-in role's name by its template id, else the id itself. */
export function builtInRoleName(roleDefinitionId: string): string {
  return ADMINISTRATOR_ROLES.find((role) => role.templateId === roleDefinitionId.toLowerCase())?.name ?? roleDefinitionId;
}

/**
 * The principals the roleAssignments section resolved, by lower-cased object id: direct holders and the
 * members of role-holding groups. PIM schedule instances carry only ids; this names them without another read.
 */
export function principalIndex(assignments: readonly RoleAssignment[]): Map<string, DirectoryPrincipal> {
  const index = new Map<string, DirectoryPrincipal>();
  for (const assignment of assignments) {
    if (assignment.principal && assignment.principal.type !== 'unknown') index.set(assignment.principalId.toLowerCase(), assignment.principal);
  }
  for (const assignment of assignments) {
    for (const member of assignment.principal?.members ?? []) {
      if (!index.has(member.id.toLowerCase())) index.set(member.id.toLowerCase(), member);
    }
  }
  return index;
}

/** What a person recognises a schedule instance's principal by. */
export function schedulePrincipalLabel(instance: RoleAssignmentScheduleInstance, principal: DirectoryPrincipal | undefined): string {
  if (!principal) return `Unresolved principal ${instance.principalId}`;
  return principal.userPrincipalName ?? (principal.displayName || principal.id);
}

/**
 * Hours in an ISO 8601 duration as PIM writes maximumDuration (P1D, PT8H, PT1H30M); null when it is
 * not such a duration (years and months have no fixed length and PIM does not use them here).
 */
export function durationHours(iso: string): number | null {
  const match = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(iso.trim());
  if (!match || iso.trim().toUpperCase() === 'P' || iso.trim().toUpperCase().endsWith('T')) return null;
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return (weeks ?? 0) * 168 + (days ?? 0) * 24 + (hours ?? 0) + (minutes ?? 0) / 60 + (seconds ?? 0) / 3600;
}

/** The PIM settings of a role, by template id. */
export function policyFor(policies: readonly RoleManagementPolicy[], role: BuiltInRole): RoleManagementPolicy | undefined {
  return policies.find((policy) => policy.roleDefinitionId.toLowerCase() === role.templateId);
}

/** One active role instance as the PIM checks describe it, and whether it is one of their accepted exceptions. */
export interface ScheduleHolder {
  principal: DirectoryPrincipal | undefined;
  name: string;
  role: string;
  /** " (scope …)" for a scoped assignment, empty for the whole directory. */
  scope: string;
  /** Break-glass accounts (configured) and service principals (which cannot use PIM) are listed, never counted. */
  exemption?: 'break-glass' | 'service-principal';
}

export function scheduleHolder(instance: RoleAssignmentScheduleInstance, principals: ReadonlyMap<string, DirectoryPrincipal>, breakGlass: ReadonlySet<string>): ScheduleHolder {
  const principal = principals.get(instance.principalId.toLowerCase());
  const isBreakGlass = breakGlass.has(instance.principalId.toLowerCase()) || (!!principal?.userPrincipalName && breakGlass.has(principal.userPrincipalName.toLowerCase()));
  return {
    principal,
    name: schedulePrincipalLabel(instance, principal),
    role: builtInRoleName(instance.roleDefinitionId),
    scope: instance.directoryScopeId === '/' ? '' : ` (scope ${instance.directoryScopeId})`,
    exemption: isBreakGlass ? 'break-glass' : principal?.type === 'servicePrincipal' ? 'service-principal' : undefined,
  };
}
