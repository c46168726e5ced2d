import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';
import { GraphApiError, type GraphReader } from '../graph-reader.js';
import { isLicenceAnswer } from '../section-errors.js';
import { directoryObjectAnswer, principalType, toUser, USER_FIELDS, userAnswer } from '../directory-principal.js';
import { readUsersById } from '../users-by-id.js';
import type { DirectoryPrincipal, M365Licences, RoleAssignment } from '../../../snapshot/m365.js';

const assignment = z.object({
  id: z.string(),
  principalId: z.string(),
  roleDefinitionId: z.string(),
  directoryScopeId: z.string().nullish(),
  principal: z.object({ '@odata.type': z.string().nullish(), id: z.string(), displayName: z.string().nullish(), appId: z.string().nullish() }).passthrough().nullish(),
});

const definition = z.object({ id: z.string(), displayName: z.string(), templateId: z.string().nullish() });

const member = userAnswer.extend({ '@odata.type': z.string().nullish() });

const ELIGIBLE_PATH = '/roleManagement/directory/roleEligibilityScheduleInstances?$select=id,principalId,roleDefinitionId,directoryScopeId';

/**
 * PIM eligibility exists only with Entra ID P2. When the licences are known and lack it there is
 * nothing to read; when they could not be read, the read is tried and a licence answer means none.
 * Skipping it otherwise would undercount Global Administrators.
 */
async function readEligible(graph: GraphReader, licences: M365Licences | undefined): Promise<unknown[]> {
  if (licences && !licences.entraP2) return [];
  try {
    return await graph.list(ELIGIBLE_PATH);
  } catch (error) {
    if (!licences && error instanceof GraphApiError && isLicenceAnswer(error)) return [];
    throw error;
  }
}

/**
 * The users a role-holding group passes its role to, through nested groups too. A group the directory
 * will not list (another tenant's, or GroupMember.Read.All not granted) keeps members null, so checks
 * that count holders report it rather than pass over it.
 */
async function expandGroups(graph: GraphReader, principals: Map<string, DirectoryPrincipal>): Promise<void> {
  const groups = [...principals.values()].filter((p) => p.type === 'group');
  await Promise.all(
    groups.map(async (group) => {
      try {
        const rows = parseAnswer(z.array(member), await graph.list(`/groups/${group.id}/transitiveMembers?$select=${USER_FIELDS}&$top=999`), 'groups/{id}/transitiveMembers');
        principals.set(group.id, { ...group, members: rows.filter((r) => principalType(r['@odata.type']) === 'user').map(toUser) });
      } catch (error) {
        if (!(error instanceof GraphApiError && (error.status === 404 || error.status === 403))) throw error;
        principals.set(group.id, { ...group, members: null });
      }
    }),
  );
}

/**
 * Resolves principals: users get the fields privileged-access checks need (15 role holders to a
 * filtered GET, the GETs batched); others are read as directory objects. A principal from another
 * tenant (a GDAP partner group) is in neither answer and stays unresolved rather than failing the section.
 */
async function resolvePrincipals(graph: GraphReader, ids: string[], known: Map<string, DirectoryPrincipal>): Promise<void> {
  const maybeUser = (id: string) => {
    const hint = known.get(id);
    return !hint || hint.type === 'user' || hint.type === 'unknown';
  };
  const users = await readUsersById(graph, ids.filter(maybeUser));
  for (const [id, user] of users) known.set(id, user);
  const others = ids.filter((id) => !users.has(id) && (known.get(id)?.type ?? 'unknown') === 'unknown');
  await Promise.all(
    others.map(async (id) => {
      try {
        const o = parseAnswer(directoryObjectAnswer, await graph.get(`/directoryObjects/${encodeURIComponent(id)}`), 'directoryObjects/{id}');
        known.set(id, { id, type: principalType(o['@odata.type']), displayName: o.displayName ?? id, appId: o.appId ?? undefined });
      } catch (error) {
        if (!(error instanceof GraphApiError && error.status === 404)) throw error;
      }
    }),
  );
}

export default defineCollector({
  section: 'roleAssignments',
  spec: {
    endpoints: [
      'GET /v1.0/roleManagement/directory/roleDefinitions',
      'GET /v1.0/roleManagement/directory/roleAssignments?$expand=principal',
      'GET /v1.0/roleManagement/directory/roleEligibilityScheduleInstances (unless the licences show no Entra ID P2)',
      "GET /v1.0/users?$filter=id in ('{id}', …) (role holders only, 15 to a request, batched)",
      'GET /v1.0/directoryObjects/{id} (role holders that are not users and not named by $expand, batched)',
      'GET /v1.0/groups/{id}/transitiveMembers (groups holding a role only)',
    ],
    permissions: ['RoleManagement.Read.Directory', 'User.Read.All', 'GroupMember.Read.All'],
  },
  async collect({ graph, licences }) {
    const [definitions, active, eligible] = await Promise.all([
      graph.list('/roleManagement/directory/roleDefinitions?$select=id,displayName,templateId'),
      graph.list('/roleManagement/directory/roleAssignments?$expand=principal'),
      readEligible(graph, licences),
    ]);
    const roleName = new Map<string, string>();
    for (const d of parseAnswer(z.array(definition), definitions, 'roleDefinitions')) {
      roleName.set(d.id, d.displayName);
      if (d.templateId) roleName.set(d.templateId, d.displayName);
    }
    const activeRows = parseAnswer(z.array(assignment), active, 'roleAssignments');
    const eligibleRows = parseAnswer(z.array(assignment.omit({ principal: true })), eligible, 'roleEligibilityScheduleInstances');

    const principals = new Map<string, DirectoryPrincipal>();
    for (const row of activeRows) {
      if (row.principal) principals.set(row.principalId, { id: row.principalId, type: principalType(row.principal['@odata.type']), displayName: row.principal.displayName ?? row.principalId, appId: row.principal.appId ?? undefined });
    }
    const ids = [...new Set([...activeRows, ...eligibleRows].map((r) => r.principalId))];
    await resolvePrincipals(graph, ids, principals);
    await expandGroups(graph, principals);

    const toAssignment = (row: z.infer<typeof assignment> | Omit<z.infer<typeof assignment>, 'principal'>, kind: RoleAssignment['assignment']): RoleAssignment => ({
      id: row.id,
      roleDefinitionId: row.roleDefinitionId,
      roleName: roleName.get(row.roleDefinitionId) ?? row.roleDefinitionId,
      directoryScopeId: row.directoryScopeId ?? '/',
      principalId: row.principalId,
      principal: principals.get(row.principalId) ?? null,
      assignment: kind,
    });
    return [...activeRows.map((r) => toAssignment(r, 'active')), ...eligibleRows.map((r) => toAssignment(r, 'eligible'))];
  },
});
