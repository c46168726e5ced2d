import { z } from 'zod';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_NAME_LENGTH = 64;

/** Random tokens mix cases and digits; the names people give variables (CONTOSO_GRAPH_SECRET) rarely do. */
function looksLikeToken(value: string): boolean {
  return value.length > MAX_NAME_LENGTH || (value.length >= 24 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value));
}

/**
 * The name of an environment variable holding a secret (every `…Env` field). A value that is not a
 * name is most likely the secret pasted in by mistake, so no message ever repeats it.
 */
export const envVarName = z.string().superRefine((value, ctx) => {
  if (!NAME.test(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be the name of an environment variable (letters, digits and _, e.g. CONTOSO_TOKEN), not the secret itself; the value given is not shown' });
  } else if (looksLikeToken(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'looks like a token rather than the name of an environment variable (use a name such as CONTOSO_TOKEN); the value given is not shown' });
  }
});
