import type { GwsAdminRoles } from '../../../snapshot/gws.js';
import type { CollectorContext } from '../clients.js';
import { roleAssignmentsPageSchema, rolesPageSchema } from '../schemas.js';
import { SCOPE } from '../sections.js';

export async function collectAdminRoles(ctx: CollectorContext): Promise<GwsAdminRoles> {
  const roles = await ctx.http.pages(
    { what: 'Directory API roles.list', scope: SCOPE.roles, api: 'Admin SDK API', endpoint: 'GET /admin/directory/v1/customer/{customer}/roles', kind: 'roles' },
    rolesPageSchema,
    (pageToken) => ctx.directory.roles.list({ customer: ctx.customerId, maxResults: 100, ...(pageToken ? { pageToken } : {}) }, ctx.http.callOptions),
  );
  const assignments = await ctx.http.pages(
    { what: 'Directory API roleAssignments.list', scope: SCOPE.roles, api: 'Admin SDK API', endpoint: 'GET /admin/directory/v1/customer/{customer}/roleassignments', kind: 'roleAssignments' },
    roleAssignmentsPageSchema,
    (pageToken) => ctx.directory.roleAssignments.list({ customer: ctx.customerId, maxResults: 200, ...(pageToken ? { pageToken } : {}) }, ctx.http.callOptions),
  );
  return {
    roles: roles.pages.flatMap((p) => p.items.map((r) => ({ roleId: r.roleId, roleName: r.roleName, isSuperAdminRole: r.isSuperAdminRole, isSystemRole: r.isSystemRole }))),
    assignments: assignments.pages.flatMap((p) =>
      p.items.map((a) => ({
        roleAssignmentId: a.roleAssignmentId,
        roleId: a.roleId,
        assignedTo: a.assignedTo,
        assigneeType: a.assigneeType,
        scopeType: a.scopeType,
        orgUnitId: a.orgUnitId ? a.orgUnitId.replace(/^id:/, '') : null,
      })),
    ),
  };
}
