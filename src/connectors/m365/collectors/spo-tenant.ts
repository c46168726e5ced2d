import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const tenant = z
  .object({
    SharingCapability: z.number(),
    OneDriveSharingCapability: z.number(),
    DefaultSharingLinkType: z.number(),
    DefaultLinkPermission: z.number(),
    RequireAnonymousLinksExpireInDays: z.number(),
    FileAnonymousLinkType: z.number(),
    FolderAnonymousLinkType: z.number(),
    EmailAttestationRequired: z.boolean(),
    EmailAttestationReAuthDays: z.number(),
    ExternalUserExpirationRequired: z.boolean().nullish(),
    ExternalUserExpireInDays: z.number().nullish(),
  })
  .passthrough();

export default defineCollector({
  section: 'spoTenant',
  spec: {
    endpoints: ['GET https://{tenant}-admin.sharepoint.com/_api/SPO.Tenant'],
    permissions: ['Sites.FullControl.All (SharePoint, application; certificate only; opt-in optIn.sharePointAdmin)'],
    licence: 'SharePoint Online',
    writeCapable: true,
  },
  async collect({ services, organization }) {
    const initial = organization?.verifiedDomains.find((d) => d.isInitial)?.name;
    const path = '/_api/SPO.Tenant';
    const t = parseAnswer(tenant, await services.sharePointAdmin(initial).get(path), `GET ${path}`);
    return {
      sharingCapability: t.SharingCapability,
      oneDriveSharingCapability: t.OneDriveSharingCapability,
      defaultSharingLinkType: t.DefaultSharingLinkType,
      defaultLinkPermission: t.DefaultLinkPermission,
      requireAnonymousLinksExpireInDays: t.RequireAnonymousLinksExpireInDays,
      fileAnonymousLinkType: t.FileAnonymousLinkType,
      folderAnonymousLinkType: t.FolderAnonymousLinkType,
      emailAttestationRequired: t.EmailAttestationRequired,
      emailAttestationReAuthDays: t.EmailAttestationReAuthDays,
      externalUserExpirationRequired: t.ExternalUserExpirationRequired ?? null,
      externalUserExpireInDays: t.ExternalUserExpireInDays ?? null,
    };
  },
});
