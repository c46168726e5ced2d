import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const legacyPolicy = z.object({ type: z.union([z.string(), z.number()]).nullish(), displayName: z.string().nullish(), definition: z.array(z.string()).default([]) });

const b2bDefinition = z.object({
  B2BManagementPolicy: z
    .object({
      InvitationsAllowedAndBlockedDomainsPolicy: z
        .object({ AllowedDomains: z.array(z.string()).nullish(), BlockedDomains: z.array(z.string()).nullish() })
        .nullish(),
    })
    .nullish(),
});

/**
 * The B2B invitation domain list is only exposed in the beta legacy policies as a JSON string inside
 * `definition`; the AllowedDomains key being present means an allow-list is in force (even if empty).
 */
export default defineCollector({
  section: 'b2bInvitePolicy',
  spec: { endpoints: ['GET /beta/legacy/policies'], permissions: ['Policy.Read.All'] },
  async collect({ graph }) {
    const policies = parseAnswer(z.array(legacyPolicy), await graph.list('/legacy/policies', 'beta'), 'legacy/policies');
    for (const policy of policies) {
      for (const text of policy.definition) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          continue;
        }
        const domains = b2bDefinition.safeParse(parsed).data?.B2BManagementPolicy?.InvitationsAllowedAndBlockedDomainsPolicy;
        if (!domains) continue;
        if (domains.AllowedDomains) return { mode: 'allowList', domains: domains.AllowedDomains };
        if (domains.BlockedDomains) return { mode: 'blockList', domains: domains.BlockedDomains };
      }
    }
    return { mode: 'none', domains: [] };
  },
});
