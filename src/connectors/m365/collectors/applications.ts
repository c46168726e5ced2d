import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const credential = z.object({ keyId: z.string(), displayName: z.string().nullish(), endDateTime: z.string().nullish() });
const app = z.object({
  id: z.string(),
  appId: z.string(),
  displayName: z.string().nullish(),
  passwordCredentials: z.array(credential).nullish(),
  keyCredentials: z.array(credential).nullish(),
});

const toCredential = (c: z.infer<typeof credential>) => ({ keyId: c.keyId, displayName: c.displayName ?? null, endDateTime: c.endDateTime ?? null });

export default defineCollector({
  section: 'applications',
  spec: { endpoints: ['GET /v1.0/applications'], permissions: ['Application.Read.All'] },
  async collect({ graph }) {
    const path = '/applications?$select=id,appId,displayName,passwordCredentials,keyCredentials&$top=999';
    return graph.listMapped(path, (items, offset) => parseAnswer(z.array(app), items, 'applications', offset).map((a) => ({
      id: a.id,
      appId: a.appId,
      displayName: a.displayName ?? a.appId,
      passwordCredentials: (a.passwordCredentials ?? []).map(toCredential),
      keyCredentials: (a.keyCredentials ?? []).map(toCredential),
    })));
  },
});
