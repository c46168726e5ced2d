import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const grant = z.object({
  id: z.string(),
  clientId: z.string(),
  consentType: z.string(),
  principalId: z.string().nullish(),
  resourceId: z.string(),
  scope: z.string().nullish(),
});

export default defineCollector({
  section: 'oauth2PermissionGrants',
  spec: { endpoints: ['GET /v1.0/oauth2PermissionGrants'], permissions: ['Directory.Read.All'] },
  async collect({ graph }) {
    return graph.listMapped('/oauth2PermissionGrants?$top=999', (items, offset) => parseAnswer(z.array(grant), items, 'oauth2PermissionGrants', offset).map((g) => ({
      id: g.id,
      clientId: g.clientId,
      consentType: g.consentType,
      principalId: g.principalId ?? null,
      resourceId: g.resourceId,
      scopes: (g.scope ?? '').split(' ').filter(Boolean),
    })));
  },
});
