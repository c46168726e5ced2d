import { z } from 'zod';
import { defineCollector, odata, parseAnswer } from '../collector.js';
import { GraphApiError } from '../graph-reader.js';

const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

const graphSp = z.object({ id: z.string(), appRoles: z.array(z.object({ id: z.string(), value: z.string().nullish() })).default([]) });
const assignment = z.object({ id: z.string(), principalId: z.string(), principalDisplayName: z.string().nullish(), appRoleId: z.string() });

/**
 * Every application permission granted on Microsoft Graph, read from the Graph service principal's
 * appRoleAssignedTo list: one paged read instead of one request per service principal.
 */
export default defineCollector({
  section: 'graphAppRoleAssignments',
  spec: {
    endpoints: ["GET /v1.0/servicePrincipals?$filter=appId eq '00000003-0000-0000-c000-000000000000'", 'GET /v1.0/servicePrincipals/{id}/appRoleAssignedTo'],
    permissions: ['Application.Read.All'],
  },
  async collect({ graph }) {
    const found = parseAnswer(
      z.array(graphSp),
      await graph.list(`/servicePrincipals?$filter=${odata(`appId eq '${MICROSOFT_GRAPH_APP_ID}'`)}&$select=id,appRoles`),
      'servicePrincipals (Microsoft Graph)',
    );
    const resource = found[0];
    // Every tenant has the Microsoft Graph service principal; not seeing it means the read is incomplete,
    // and an empty list here would pass every check on application permissions.
    if (!resource) throw new GraphApiError(404, 'graphServicePrincipalNotFound', 'The Microsoft Graph service principal was not in the servicePrincipals answer, so its application permission grants could not be read', 'servicePrincipals');
    const roles = new Map(resource.appRoles.map((r) => [r.id, r.value ?? null]));
    const rows = parseAnswer(z.array(assignment), await graph.list(`/servicePrincipals/${resource.id}/appRoleAssignedTo?$top=999`), 'appRoleAssignedTo');
    return rows.map((a) => ({
      id: a.id,
      principalId: a.principalId,
      principalDisplayName: a.principalDisplayName ?? a.principalId,
      appRoleId: a.appRoleId,
      permission: roles.get(a.appRoleId) ?? null,
    }));
  },
});
