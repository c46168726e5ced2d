import { z } from 'zod';

/**
 * Zod pieces for the objects InvokeCommand returns: a cmdlet's output properties, PascalCase. A
 * MultiValuedProperty comes as a JSON array of strings; some location properties as arrays of objects
 * that carry Name or DisplayName (inferred from public callers: see fixtures/m365/admin-api/README.md).
 * A property the cmdlet leaves empty may be null or absent.
 */
const named = z.object({ Name: z.string().nullish(), DisplayName: z.string().nullish(), name: z.string().nullish() }).passthrough();

export const cmdletStrings = z
  .union([z.array(z.union([z.string(), named])), z.string(), z.null()])
  .optional()
  .transform((value): string[] => {
    if (value == null) return [];
    if (typeof value === 'string') return value ? [value] : [];
    return value.map((item) => (typeof item === 'string' ? item : (item.Name ?? item.DisplayName ?? item.name ?? ''))).filter(Boolean);
  });

export const cmdletBool = z.boolean().nullish();
export const cmdletText = z.string().nullish();
export const cmdletNumber = z.number().nullish();
