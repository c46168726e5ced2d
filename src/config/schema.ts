import { z } from 'zod';
import type { Provider } from '../core/model.js';
import { AREAS, SEVERITIES } from '../core/model.js';
import { providerModules } from '../connectors/registry.js';
import { notifyTargetSchema } from './notify-targets.js';
import { credentialProfilesSchema, credentialReferenceSchema, defaultAuthSchema } from './credential-profiles.js';

export const settingsSchema = z
  .object({
    profile: z.enum(['strict', 'cis', 'scuba']).optional(),
    breakGlassAccounts: z.array(z.string().min(1)).optional(),
    globalAdminRange: z
      .object({ min: z.number().int().min(0), max: z.number().int().min(1) })
      .refine((r) => r.min <= r.max, { message: 'min must not exceed max' })
      .optional(),
    privilegedUserCap: z.number().int().min(0).optional(),
    privilegedUserAllowList: z.array(z.string().min(1)).optional(),
    dormantDays: z.number().int().min(1).optional(),
  })
  .strict();

export const checkFilterSchema = z
  .object({
    include: z.array(z.string().min(1)).optional(),
    exclude: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** A day that exists: Date would roll 2027-02-30 into March and never reach 9999-99-99. */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-03-31 (YYYY-MM-DD)')
  .superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${value} is not a day of the calendar (YYYY-MM-DD, e.g. 2027-03-31)` });
    }
  });

export const waiverSchema = z
  .object({
    check: z.string().min(1),
    reason: z.string().min(3),
    /** ISO date after which the waiver no longer applies. */
    expires: calendarDate.optional(),
  })
  .strict();

/**
 * owners: who answers for a failure, by the check's owner role, its area, or the check id (most specific wins,
 * a tenant's own entries before the defaults). Exactly one of role, area and check per entry.
 */
export const ownerRuleSchema = z
  .object({
    role: z.string().min(1).optional(),
    area: z.enum(AREAS).optional(),
    check: z.string().min(1).optional(),
    owner: z.string().trim().min(1, 'must name a team or person'),
    contact: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((rule) => [rule.role, rule.area, rule.check].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of role (a check owner role), area or check',
  });

const commonFields = {
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'must be 1–80 letters, digits, dots, dashes or underscores'),
  settings: settingsSchema.optional(),
  checks: checkFilterSchema.optional(),
  waivers: z.array(waiverSchema).optional(),
  owners: z.array(ownerRuleSchema).optional(),
};

/** The plain object behind a provider's fields; its refinements run after the union has matched. */
function fieldsObject(fields: z.AnyZodObject | z.ZodEffects<z.AnyZodObject>): z.AnyZodObject {
  return fields instanceof z.ZodEffects ? fieldsObject(fields.innerType() as z.AnyZodObject) : fields;
}

function tenantSchemaFor(provider: Provider, authReferences: boolean) {
  const module = providerModules[provider]!;
  const fields = fieldsObject(module.tenantFields);
  const tenant = fields.extend({ ...commonFields, provider: z.literal(provider) }).strict();
  return authReferences ? tenant.extend({ auth: z.union([fields.shape.auth as z.ZodTypeAny, credentialReferenceSchema]).optional() }) : tenant;
}

/**
 * A tenant entry once its `auth:` is resolved (the loader's). `authReferences` also admits `auth:` naming a
 * credentials profile, or none (defaults.auth): the editor's schema, which cannot follow the reference.
 */
export function tenantSchema(options: { authReferences?: boolean } = {}) {
  const providers = Object.keys(providerModules) as Provider[];
  const schemas = providers.map((provider) => tenantSchemaFor(provider, options.authReferences ?? false));
  return z.discriminatedUnion('provider', schemas as unknown as [z.AnyZodObject, ...z.AnyZodObject[]]);
}

/**
 * Caps on tenants in flight besides the run's concurrency: per provider (a provider's quota shared by every
 * tenant) and per credential (one Entra app, service account or connected app used for many tenants).
 */
export function runLimitsSchema() {
  const cap = z.number().int().min(1).max(1000).optional();
  const providers = Object.keys(providerModules) as Provider[];
  return z
    .object({
      perProvider: z.object(Object.fromEntries(providers.map((p) => [p, cap])) as Record<Provider, typeof cap>).strict().optional(),
      perCredential: cap,
    })
    .strict();
}

export function configSchema() {
  return z
    .object({
      defaults: z
        .object({
          settings: settingsSchema.optional(),
          checks: checkFilterSchema.optional(),
          failOn: z.enum([...SEVERITIES, 'none']).optional(),
          concurrency: z.number().int().min(1).max(64).optional(),
          owners: z.array(ownerRuleSchema).optional(),
          /** The credentials profile(s) a tenant without `auth:` uses: one name, or a list with one per provider. */
          auth: defaultAuthSchema.optional(),
        })
        .strict()
        .optional(),
      /** Named credential profiles (`provider:` plus the fields of an inline `auth:`), used as `auth: <name>`. */
      credentials: credentialProfilesSchema.optional(),
      limits: runLimitsSchema().optional(),
      /** Webhooks told what changed after each audit, besides any `--notify` URLs. */
      notify: z.array(notifyTargetSchema).optional(),
      tenants: z.array(z.unknown()).min(1, 'list at least one tenant'),
    })
    .strict();
}

export type Waiver = z.infer<typeof waiverSchema>;
export type RunLimits = z.infer<ReturnType<typeof runLimitsSchema>>;
export type OwnerRule = z.infer<typeof ownerRuleSchema>;
export type TenantSettingsInput = z.infer<typeof settingsSchema>;
export type CheckFilter = z.infer<typeof checkFilterSchema>;
