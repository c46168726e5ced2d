import { z } from 'zod';
import { endpointUrl } from '../../config/endpoint-url.js';
import { envVarName } from '../../config/env-var-name.js';
import { M365_CLOUD_NAMES } from './clouds.js';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

const certificateAuth = z
  .object({
    type: z.literal('certificate'),
    clientId: guid,
    /** PEM file holding the private key and certificate. */
    certificateFile: z.string().min(1).optional(),
    /** Environment variable holding the PEM. */
    certificateEnv: envVarName.optional(),
    certificatePasswordEnv: envVarName.optional(),
  })
  .strict()
  .refine((a) => Boolean(a.certificateFile) !== Boolean(a.certificateEnv), {
    message: 'give exactly one of certificateFile or certificateEnv',
    path: ['certificateFile'],
  });

const secretAuth = z
  .object({
    type: z.literal('secret'),
    clientId: guid,
    clientSecretEnv: envVarName.optional(),
    clientSecretFile: z.string().min(1).optional(),
  })
  .strict()
  .refine((a) => Boolean(a.clientSecretEnv) !== Boolean(a.clientSecretFile), {
    message: 'give exactly one of clientSecretEnv or clientSecretFile',
    path: ['clientSecretEnv'],
  });

const tokenAuth = z.object({
  type: z.literal('token'),
  /** Environment variable holding a pre-obtained Graph bearer token. */
  tokenEnv: envVarName,
  /** Tokens for the APIs outside Graph; each defaults to tokenEnv (enough for a test double). */
  exchangeTokenEnv: envVarName.optional(),
  complianceTokenEnv: envVarName.optional(),
  fabricTokenEnv: envVarName.optional(),
  sharePointTokenEnv: envVarName.optional(),
  teamsTokenEnv: envVarName.optional(),
  powerPlatformTokenEnv: envVarName.optional(),
}).strict();

export const m365TenantFields = z.object({
  /** The Entra tenant id (GUID) or its initial/verified domain. */
  tenantId: z.string().min(3),
  cloud: z.enum(M365_CLOUD_NAMES).default('global'),
  auth: z.union([certificateAuth, secretAuth, tokenAuth]),
  /** Overrides the cloud's endpoints (for test doubles); base URLs without a version segment. */
  endpoints: z
    .object({
      graph: endpointUrl.optional(),
      authority: endpointUrl.optional(),
      /** The Exchange Online admin API (InvokeCommand). */
      exchange: endpointUrl.optional(),
      /** The Security & Compliance admin API host itself; given, no host discovery is made. */
      compliance: endpointUrl.optional(),
      /** The Fabric REST API (Power BI tenant settings). */
      fabric: endpointUrl.optional(),
      /** The SharePoint admin site, e.g. https://contoso-admin.sharepoint.com (default: from the initial domain). */
      sharePointAdmin: endpointUrl.optional(),
      /** The Teams tenant admin API (Skype.Policy configurations). */
      teams: endpointUrl.optional(),
      /** The Power Platform admin (BAP) API, e.g. https://api.bap.microsoft.com. */
      powerPlatform: endpointUrl.optional(),
    })
    .strict()
    .optional(),
  /**
   * Reads that need a permission able to write. sharePointAdmin: SPO.Tenant needs SharePoint
   * Sites.FullControl.All (no read-only permission reads it); off, its checks are not assessed.
   */
  optIn: z.object({ sharePointAdmin: z.boolean().optional() }).strict().optional(),
});

export type M365TenantFields = z.infer<typeof m365TenantFields>;
export type M365Auth = M365TenantFields['auth'];
