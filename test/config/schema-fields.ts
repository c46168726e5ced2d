import { z } from 'zod';
import { configSchema, tenantSchema } from '../../src/config/schema.js';

export interface ConfigField {
  /** e.g. "gws auth.tokenEnv", "defaults.checks.include[]" */
  path: string;
  /** The last key of the path. */
  key: string;
  schema: z.ZodTypeAny;
}

function walk(schema: z.ZodTypeAny, path: string, found: ConfigField[]): void {
  if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodTypeAny>)) {
      const at = path.endsWith(' ') || !path ? `${path}${key}` : `${path}.${key}`;
      found.push({ path: at, key, schema: field });
      walk(field, at, found);
    }
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) walk(schema.unwrap(), path, found);
  else if (schema instanceof z.ZodDefault) walk(schema.removeDefault(), path, found);
  else if (schema instanceof z.ZodEffects) walk(schema.innerType(), path, found);
  else if (schema instanceof z.ZodArray) walk(schema.element, `${path}[]`, found);
  else if (schema instanceof z.ZodUnion || schema instanceof z.ZodDiscriminatedUnion) for (const option of schema.options as z.ZodTypeAny[]) walk(option, path, found);
}

/**
 * Every field of tenants.yaml, each provider's (and each auth type's) own, found by walking the
 * schemas: a field added later is covered by the tests that use this.
 */
export function configFields(): ConfigField[] {
  const found: ConfigField[] = [];
  for (const option of tenantSchema().options as z.AnyZodObject[]) {
    walk(option, `${(option.shape.provider as z.ZodLiteral<string>).value} `, found);
  }
  walk(configSchema(), '', found);
  return found;
}
