import { z } from 'zod';
import { endpointUrl } from './endpoint-url.js';
import { envVarName } from './env-var-name.js';

const KIND_PREFIX = /^(slack|teams|json)\+/i;

/** A webhook URL as `--notify` takes it: an optional `teams+`, `slack+` or `json+` prefix, then the URL. */
const webhookUrl = z.string().superRefine((value, ctx) => {
  const checked = endpointUrl.safeParse(value.replace(KIND_PREFIX, ''));
  if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: z.ZodIssueCode.custom, message: issue.message });
});

/**
 * `notify:` entries: a webhook URL, or `{ url | urlEnv, kind? }`. A webhook URL is a credential, so
 * `urlEnv` keeps it out of the file; no message repeats a URL.
 */
export const notifyTargetSchema = z.union([
  webhookUrl,
  z
    .object({
      url: webhookUrl.optional(),
      urlEnv: envVarName.optional(),
      kind: z.enum(['teams', 'slack', 'json']).optional(),
    })
    .strict()
    .refine((target) => (target.url === undefined) !== (target.urlEnv === undefined), { message: 'give exactly one of url and urlEnv' }),
]);

export type NotifyTargetInput = z.infer<typeof notifyTargetSchema>;
