import { z } from 'zod';
import { endpointUrl } from '../../config/endpoint-url.js';
import { envVarName } from '../../config/env-var-name.js';

/** Pinned so a release that changes a response shape never changes an audit silently. */
export const DEFAULT_SALESFORCE_API_VERSION = '64.0';
export const DEFAULT_API_BUDGET_SHARE = 0.1;

const jwtAuth = z.object({
  type: z.literal('jwt'),
  /** The connected app's (or external client app's) consumer key. */
  clientId: z.string().min(1),
  /** The integration user the JWT asserts. */
  username: z.string().min(1),
  /** PEM private key file, relative to the config file's folder. */
  privateKeyFile: z.string().min(1).optional(),
  /** Environment variable holding the PEM private key. */
  privateKeyEnv: envVarName.optional(),
  /** https://login.salesforce.com, https://test.salesforce.com (sandboxes) or a My Domain URL. */
  loginUrl: endpointUrl.default('https://login.salesforce.com'),
}).strict();

const tokenAuth = z.object({
  type: z.literal('token'),
  /** Environment variable holding a pre-obtained access token. */
  tokenEnv: envVarName,
  /** The org's instance URL (My Domain); endpoints.instanceUrl may give it instead. */
  instanceUrl: endpointUrl.optional(),
}).strict();

/** The Salesforce-specific fields of a tenants.yaml entry. */
export const salesforceTenantFields = z
  .object({
    auth: z.discriminatedUnion('type', [jwtAuth, tokenAuth]),
    apiVersion: z
      .string()
      .regex(/^\d{2}\.0$/, 'apiVersion looks like "64.0"')
      .default(DEFAULT_SALESFORCE_API_VERSION),
    /** Share of the org's remaining daily API calls one run may use. */
    apiBudgetShare: z.number().gt(0).max(1).default(DEFAULT_API_BUDGET_SHARE),
    /** Overrides for tests and the demo's loopback server. */
    endpoints: z
      .object({
        loginUrl: endpointUrl.optional(),
        instanceUrl: endpointUrl.optional(),
      })
      .strict()
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.auth.type === 'jwt') {
      const sources = [value.auth.privateKeyFile, value.auth.privateKeyEnv].filter(Boolean).length;
      if (sources !== 1) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['auth', 'privateKeyFile'], message: 'Give exactly one of privateKeyFile or privateKeyEnv.' });
      }
    }
    if (value.auth.type === 'token' && !value.auth.instanceUrl && !value.endpoints?.instanceUrl) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['auth', 'instanceUrl'], message: 'A token needs the org instanceUrl (e.g. https://acme.my.salesforce.com).' });
    }
  });

export type SalesforceTenantFields = z.infer<typeof salesforceTenantFields>;
export type SalesforceTenantInput = z.input<typeof salesforceTenantFields>;
