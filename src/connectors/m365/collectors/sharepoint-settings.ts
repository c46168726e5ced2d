import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const settings = z.object({
  sharingCapability: z.string(),
  sharingDomainRestrictionMode: z.string().nullish(),
  sharingAllowedDomainList: z.array(z.string()).nullish(),
  sharingBlockedDomainList: z.array(z.string()).nullish(),
  isResharingByExternalUsersEnabled: z.boolean().nullish(),
  isLegacyAuthProtocolsEnabled: z.boolean().nullish(),
  isUnmanagedSyncAppForTenantRestricted: z.boolean().nullish(),
  personalSiteDefaultStorageLimitInMB: z.number().nullish(),
});

/** Graph's reference page shows the object wrapped in "value"; the service returns it bare. Accept both. */
const answer = z.union([settings, z.object({ value: settings }).transform((v) => v.value)]);

export default defineCollector({
  section: 'sharePointSettings',
  spec: { endpoints: ['GET /v1.0/admin/sharepoint/settings'], permissions: ['SharePointTenantSettings.Read.All'], licence: 'SharePoint Online' },
  licensed: (l) => l.servicePlans.some((p) => p.startsWith('SHAREPOINT')),
  async collect({ graph }) {
    const path = '/admin/sharepoint/settings';
    const s = parseAnswer(answer, await graph.get(path), path);
    return {
      sharingCapability: s.sharingCapability,
      sharingDomainRestrictionMode: s.sharingDomainRestrictionMode ?? 'none',
      sharingAllowedDomainList: s.sharingAllowedDomainList ?? [],
      sharingBlockedDomainList: s.sharingBlockedDomainList ?? [],
      isResharingByExternalUsersEnabled: s.isResharingByExternalUsersEnabled ?? true,
      isLegacyAuthProtocolsEnabled: s.isLegacyAuthProtocolsEnabled ?? true,
      isUnmanagedSyncAppForTenantRestricted: s.isUnmanagedSyncAppForTenantRestricted ?? null,
      personalSiteDefaultStorageLimitInMB: s.personalSiteDefaultStorageLimitInMB ?? null,
    };
  },
});
