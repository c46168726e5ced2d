import { z } from 'zod';
import { defineCollector, odata, parseAnswer } from '../collector.js';
import { GraphApiError } from '../graph-reader.js';
import type { GraphAppRoleAssignment } from '../../../snapshot/m365.js';

const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const EXCHANGE_ONLINE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
const SHAREPOINT_ONLINE_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/** The APIs whose application permissions are read, in the order their rows are returned. */
const RESOURCE_APP_IDS = [MICROSOFT_GRAPH_APP_ID, EXCHANGE_ONLINE_APP_ID, SHAREPOINT_ONLINE_APP_ID] as const;

const resourceSp = z.object({
  id: z.string(),
  appId: z.string(),
  displayName: z.string().nullish(),
  appRoles: z.array(z.object({ id: z.string(), value: z.string().nullish() })).nullish(),
});
const assignment = z.object({ id: z.string(), principalId: z.string(), principalDisplayName: z.string().nullish(), appRoleId: z.string() });

const RESOURCE_FILTER = `appId in (${RESOURCE_APP_IDS.map((id) => `'${id}'`).join(',')})`;

/**
 * Every application permission granted on Microsoft Graph, Exchange Online and SharePoint Online: one
 * filtered read finds the three APIs' service principals with their app roles (appId supports `in` by
 * default), then one paged appRoleAssignedTo read per API names every holder, instead of a request per
 * service principal. Exchange's full_access_as_app and SharePoint's Sites.FullControl.All never show on
 * the Graph service principal, so reading Graph alone would miss the widest mailbox and site grants.
 */
export default defineCollector({
  section: 'graphAppRoleAssignments',
  spec: {
    endpoints: [`GET /v1.0/servicePrincipals?$filter=${RESOURCE_FILTER}`, 'GET /v1.0/servicePrincipals/{id}/appRoleAssignedTo'],
    permissions: ['Application.Read.All'],
  },
  async collect({ graph }) {
    const found = parseAnswer(
      z.array(resourceSp),
      await graph.list(`/servicePrincipals?$filter=${odata(RESOURCE_FILTER)}&$select=id,appId,displayName,appRoles`),
      'servicePrincipals (Microsoft Graph, Exchange Online, SharePoint Online)',
    );
    const byAppId = new Map(found.map((sp) => [sp.appId.toLowerCase(), sp]));
    // Every tenant has the Microsoft Graph service principal; not seeing it means the read is incomplete,
    // and an empty list here would pass every check on application permissions. Exchange and SharePoint
    // may really be absent (a tenant without those services): then nothing can hold their permissions.
    if (!byAppId.has(MICROSOFT_GRAPH_APP_ID)) {
      throw new GraphApiError(404, 'graphServicePrincipalNotFound', 'The Microsoft Graph service principal was not in the servicePrincipals answer, so its application permission grants could not be read', 'servicePrincipals');
    }
    const resources = RESOURCE_APP_IDS.flatMap((appId) => byAppId.get(appId) ?? []);
    // Started together so the reads share a $batch request.
    const perResource = await Promise.all(
      resources.map(async (resource): Promise<GraphAppRoleAssignment[]> => {
        const roles = new Map((resource.appRoles ?? []).map((r) => [r.id, r.value ?? null]));
        const resourceDisplayName = resource.displayName || resource.appId;
        const toRows = (items: unknown[], offset: number) => parseAnswer(z.array(assignment), items, `appRoleAssignedTo (${resourceDisplayName})`, offset).map((a) => ({
          id: a.id,
          principalId: a.principalId,
          principalDisplayName: a.principalDisplayName ?? a.principalId,
          appRoleId: a.appRoleId,
          permission: roles.get(a.appRoleId) ?? null,
          resourceAppId: resource.appId,
          resourceDisplayName,
        }));
        return graph.listMapped(`/servicePrincipals/${resource.id}/appRoleAssignedTo?$top=999`, toRows);
      }),
    );
    return perResource.flat();
  },
});
