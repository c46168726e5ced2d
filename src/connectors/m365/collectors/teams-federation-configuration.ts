import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { readTeamsGlobal, teamsSpec } from '../teams-collector.js';

/** A domain entry: a string (PowerShell prints "Domain=contoso.com") or an object carrying Domain. */
const domain = z.union([z.string(), z.object({ Domain: z.string() }).passthrough()]);
const domainName = (entry: z.infer<typeof domain>) => (typeof entry === 'string' ? entry : entry.Domain).replace(/^Domain=/i, '').trim();
const allowList = z.object({ AllowedDomain: z.array(domain).nullish() }).passthrough();

/**
 * AllowedDomains is an IAllowedDomainsChoice: AllowAllKnownDomains comes as {} (or [] or that name),
 * an allow-list as {"AllowedDomain":[…]} (or, as ScubaGear's tests hold it, inside a one-item array).
 */
const allowedDomains = z
  .union([z.null(), z.string(), allowList, z.array(z.union([allowList, domain]))])
  .optional()
  .transform((value): string[] => {
    if (value == null || typeof value === 'string') return [];
    const lists = Array.isArray(value) ? value : [value];
    return lists.flatMap((item) => (typeof item === 'string' || 'Domain' in item ? [domainName(item as z.infer<typeof domain>)] : (item.AllowedDomain ?? []).map(domainName))).filter(Boolean);
  });

const configuration = z
  .object({
    Identity: z.string().nullish(),
    AllowFederatedUsers: z.boolean(),
    AllowedDomains: allowedDomains,
    BlockedDomains: z.array(domain).nullish(),
    AllowTeamsConsumer: z.boolean(),
    AllowTeamsConsumerInbound: z.boolean().nullish(),
  })
  .passthrough();

export default defineCollector({
  section: 'teamsFederationConfiguration',
  spec: teamsSpec('TenantFederationSettings', 'Get-CsTenantFederationConfiguration'),
  async collect({ services }) {
    const c = await readTeamsGlobal(services.teams(), 'TenantFederationSettings', configuration);
    return {
      identity: c.Identity ?? 'Global',
      allowFederatedUsers: c.AllowFederatedUsers,
      allowedDomains: c.AllowedDomains,
      blockedDomains: (c.BlockedDomains ?? []).map(domainName).filter(Boolean),
      allowTeamsConsumer: c.AllowTeamsConsumer,
      allowTeamsConsumerInbound: c.AllowTeamsConsumerInbound ?? null,
    };
  },
});
