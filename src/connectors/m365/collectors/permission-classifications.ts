import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

const classification = z.object({
  id: z.string(),
  permissionId: z.string(),
  permissionName: z.string().nullish(),
  classification: z.string(),
});

/**
 * How the tenant classifies Microsoft Graph's delegated permissions. The service principal is addressed
 * by its appId (an alternate key Graph documents for this read), so no look-up of its object id comes
 * first; a tenant where it is missing answers 404, a section error rather than "nothing classified".
 */
export default defineCollector({
  section: 'permissionClassifications',
  spec: {
    endpoints: [`GET /v1.0/servicePrincipals(appId='${MICROSOFT_GRAPH_APP_ID}')/delegatedPermissionClassifications`],
    permissions: ['Application.Read.All'],
  },
  async collect({ graph }) {
    const rows = parseAnswer(
      z.array(classification),
      await graph.list(`/servicePrincipals(appId='${MICROSOFT_GRAPH_APP_ID}')/delegatedPermissionClassifications`),
      'delegatedPermissionClassifications (Microsoft Graph)',
    );
    return rows.map((c) => ({
      id: c.id,
      permissionId: c.permissionId,
      permissionName: c.permissionName || c.permissionId,
      classification: c.classification,
    }));
  },
});
