import { z } from 'zod';
import { endpointUrl } from '../../config/endpoint-url.js';
import { envVarName } from '../../config/env-var-name.js';

const serviceAccountAuth = z
  .object({
    type: z.literal('serviceAccount'),
    /** Path of the JSON key, relative to the config file's folder. */
    keyFile: z.string().min(1).optional(),
    /** Environment variable holding the JSON key itself. */
    keyEnv: envVarName.optional(),
    /** Super admin to impersonate through domain-wide delegation (the Policy API refuses anyone else). */
    subject: z.string().email(),
  })
  .strict()
  .refine((a) => Boolean(a.keyFile) !== Boolean(a.keyEnv), { message: 'give exactly one of keyFile or keyEnv' });

const tokenAuth = z.object({
  type: z.literal('token'),
  /** Environment variable holding a pre-obtained OAuth access token. */
  tokenEnv: envVarName,
}).strict();

/** The Google Workspace fields of a tenants.yaml entry (the lead's schema adds name, provider, settings…). */
export const gwsTenantFields = z.object({
  customerId: z.string().min(1).default('my_customer'),
  primaryDomain: z.string().min(1).optional(),
  auth: z.union([serviceAccountAuth, tokenAuth]),
  endpoints: z
    .object({
      admin: endpointUrl.optional(),
      cloudIdentity: endpointUrl.optional(),
      driveLabels: endpointUrl.optional(),
      oauth2Token: endpointUrl.optional(),
    })
    .strict()
    .optional(),
  optIn: z.object({ userTokens: z.boolean().optional() }).strict().optional(),
});

export type GwsTenantFields = z.infer<typeof gwsTenantFields>;
/** What the connector factory receives: the provider fields plus the entry's name. */
export type GwsTenantConfig = GwsTenantFields & { name: string };
