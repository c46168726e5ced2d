import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';
import { GraphApiError } from '../graph-reader.js';

const user = z.object({ id: z.string(), userPrincipalName: z.string().nullish() });

/** Resolves the emergency-access accounts named in the config (UPN or object id) to directory ids. */
export default defineCollector({
  section: 'breakGlassAccounts',
  spec: { endpoints: ['GET /v1.0/users/{upn or id} (configured accounts only)'], permissions: ['User.Read.All'] },
  async collect({ graph, settings }) {
    return Promise.all(
      settings.breakGlassAccounts.map(async (configured) => {
        try {
          const found = parseAnswer(user, await graph.get(`/users/${encodeURIComponent(configured)}?$select=id,userPrincipalName`), 'users/{id}');
          return { configured, id: found.id, userPrincipalName: found.userPrincipalName ?? null, found: true };
        } catch (error) {
          if (error instanceof GraphApiError && error.status === 404) return { configured, id: null, userPrincipalName: null, found: false };
          throw error;
        }
      }),
    );
  },
});
