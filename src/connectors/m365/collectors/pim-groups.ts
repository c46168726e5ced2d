import { z } from 'zod';
import { ApiShapeError } from '../../../core/errors.js';
import { defineCollector, odata, parseAnswer } from '../collector.js';
import { GraphApiError, type GraphReader } from '../graph-reader.js';
import { directoryObjectAnswer, principalType } from '../directory-principal.js';
import { readUsersById } from '../users-by-id.js';
import { pimSettingsOf, policyAssignment } from '../pim-policy-rules.js';
import type { DirectoryPrincipal, PimGroup, PimGroupAccess, PimSettings } from '../../../snapshot/m365.js';

const group = z.object({ id: z.string(), displayName: z.string().nullish() });

/** Both schedule-instance types; assignmentType exists only on the active (assignment) one. */
const instance = z.object({
  id: z.string(),
  principalId: z.string(),
  groupId: z.string().nullish(),
  accessId: z.string().nullish(),
  memberType: z.string().nullish(),
  assignmentType: z.string().nullish(),
  startDateTime: z.string().nullish(),
  endDateTime: z.string().nullish(),
});

// Role-assignable groups are the only groups a directory role can be given to; isAssignableToRole supports $filter (eq).
const GROUPS_PATH = `/groups?$filter=${odata('isAssignableToRole eq true')}&$select=id,displayName&$count=true&$top=999`;
const ADVANCED_QUERY = { ConsistencyLevel: 'eventual' };

type Instance = z.infer<typeof instance>;

/**
 * Names the principals PIM lists: users with the fields privileged-access checks need (15 to a
 * filtered GET), anything else as a directory object. A group stays without members (members: null),
 * so checks that count holders report it instead of passing over it; an object the directory does not
 * know stays null.
 */
async function resolve(graph: GraphReader, ids: readonly string[]): Promise<Map<string, DirectoryPrincipal | null>> {
  const principals = new Map<string, DirectoryPrincipal | null>(await readUsersById(graph, ids));
  await Promise.all(
    ids
      .filter((id) => !principals.has(id))
      .map(async (id) => {
        try {
          const o = parseAnswer(directoryObjectAnswer, await graph.get(`/directoryObjects/${encodeURIComponent(id)}`), 'directoryObjects/{id}');
          const type = principalType(o['@odata.type']);
          principals.set(id, { id, type, displayName: o.displayName ?? id, appId: o.appId ?? undefined, ...(type === 'group' ? { members: null } : {}) });
        } catch (error) {
          if (!(error instanceof GraphApiError && error.status === 404)) throw error;
          principals.set(id, null);
        }
      }),
  );
  return principals;
}

function toAccess(row: Instance, principals: ReadonlyMap<string, DirectoryPrincipal | null>, active: boolean): PimGroupAccess {
  return {
    id: row.id,
    principalId: row.principalId,
    principal: principals.get(row.principalId) ?? null,
    // Both are documented as required; a missing value is read as the broader member / direct.
    accessId: row.accessId ?? 'member',
    memberType: row.memberType ?? 'direct',
    assignmentType: active ? (row.assignmentType ?? 'Assigned') : null,
    startDateTime: row.startDateTime ?? null,
    endDateTime: row.endDateTime ?? null,
  };
}

async function readMemberPolicy(graph: GraphReader, groupId: string): Promise<PimSettings | null> {
  const filter = `scopeId eq '${groupId}' and scopeType eq 'Group' and roleDefinitionId eq 'member'`;
  const rows = parseAnswer(z.array(policyAssignment), await graph.list(`/policies/roleManagementPolicyAssignments?$filter=${odata(filter)}&$expand=policy($expand=rules)`), 'roleManagementPolicyAssignments (group)');
  if (rows.length > 1) throw new ApiShapeError(`roleManagementPolicyAssignments answered ${rows.length} member policies for group ${groupId}; expected one`, 'value');
  return rows[0] ? pimSettingsOf(rows[0]) : null;
}

async function readGroup(graph: GraphReader, g: z.infer<typeof group>): Promise<Omit<PimGroup, 'eligible' | 'active'> & { eligible: Instance[]; active: Instance[] }> {
  // Both lists require $filter on groupId or principalId.
  const byGroup = odata(`groupId eq '${g.id}'`);
  const [eligible, active, memberPolicy] = await Promise.all([
    graph.list(`/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances?$filter=${byGroup}`),
    graph.list(`/identityGovernance/privilegedAccess/group/assignmentScheduleInstances?$filter=${byGroup}`),
    readMemberPolicy(graph, g.id),
  ]);
  return {
    groupId: g.id,
    displayName: g.displayName ?? g.id,
    eligible: parseAnswer(z.array(instance), eligible, 'privilegedAccess/group/eligibilityScheduleInstances'),
    active: parseAnswer(z.array(instance), active, 'privilegedAccess/group/assignmentScheduleInstances'),
    memberPolicy,
  };
}

/**
 * PIM for Groups on the role-assignable groups: eligible and active members and owners, and the PIM
 * settings of membership (approval, notifications), which govern activating every role the group holds.
 */
export default defineCollector({
  section: 'pimGroups',
  spec: {
    endpoints: [
      "GET /v1.0/groups?$filter=isAssignableToRole eq true (ConsistencyLevel: eventual)",
      "GET /v1.0/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances?$filter=groupId eq '{id}' (each role-assignable group, batched)",
      "GET /v1.0/identityGovernance/privilegedAccess/group/assignmentScheduleInstances?$filter=groupId eq '{id}' (each role-assignable group, batched)",
      "GET /v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '{id}' and scopeType eq 'Group' and roleDefinitionId eq 'member'&$expand=policy($expand=rules)",
      "GET /v1.0/users?$filter=id in ('{id}', …) (principals PIM for Groups names, 15 to a request, batched)",
      'GET /v1.0/directoryObjects/{id} (those principals that are not users, batched)',
    ],
    permissions: ['GroupMember.Read.All', 'PrivilegedEligibilitySchedule.Read.AzureADGroup', 'PrivilegedAssignmentSchedule.Read.AzureADGroup', 'RoleManagementPolicy.Read.AzureADGroup', 'User.Read.All'],
    licence: 'Microsoft Entra ID P2',
    licenceGates: 'feature',
  },
  licensed: (l) => l.entraP2,
  async collect({ graph }) {
    const groups = parseAnswer(z.array(group), await graph.list(GROUPS_PATH, 'v1.0', ADVANCED_QUERY), 'groups (role-assignable)');
    const read = await Promise.all(groups.map((g) => readGroup(graph, g)));
    const ids = [...new Set(read.flatMap((g) => [...g.eligible, ...g.active].map((row) => row.principalId)))];
    const principals = await resolve(graph, ids);
    return read.map((g) => ({
      ...g,
      eligible: g.eligible.map((row) => toAccess(row, principals, false)),
      active: g.active.map((row) => toAccess(row, principals, true)),
    }));
  },
});
