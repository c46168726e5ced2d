import { ApiShapeError } from '../../core/errors.js';

/** What one field of a flat record may hold besides null or absence. */
export type FieldKind = 'string' | 'boolean' | 'string[]';

type FieldValue<K extends FieldKind> = K extends 'string' ? string : K extends 'boolean' ? boolean : string[];

/** A record with the fields asked for: required ones present, the others possibly null or absent. */
export type FlatRecord<F extends Record<string, FieldKind>, R extends keyof F> = { [P in R]: FieldValue<F[P]> } & { [P in Exclude<keyof F, R>]?: FieldValue<F[P]> | null };

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function fits(value: unknown, kind: FieldKind): boolean {
  if (kind === 'string[]') return Array.isArray(value) && value.every((item) => typeof item === 'string');
  return typeof value === kind;
}

/**
 * Validates a long list of flat records (tens of thousands of report rows) with a loop instead of a zod
 * schema, which a CPU profile showed costing more than the rest of the collection: the same rule
 * (required fields of their type, the others of their type, null or absent; other fields ignored), the same
 * error (the endpoint and the path of the first mismatch). Returns the rows as they are; nothing is copied.
 */
export function parseFlatRecords<F extends Record<string, FieldKind>, R extends keyof F & string>(value: unknown, fields: F, required: readonly R[], endpoint: string): FlatRecord<F, R>[] {
  const fail = (path: string, message: string) => new ApiShapeError(`Unexpected answer from ${endpoint} at "${path || '(root)'}": ${message}`, path);
  if (!Array.isArray(value)) throw fail('', `Expected array, received ${kindOf(value)}`);
  const entries = Object.entries(fields);
  const isRequired = new Set<string>(required);
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw fail(String(i), `Expected object, received ${kindOf(row)}`);
    for (const [name, kind] of entries) {
      const field = (row as Record<string, unknown>)[name];
      if (field === undefined || field === null) {
        if (isRequired.has(name)) throw fail(`${i}.${name}`, field === undefined ? 'Required' : `Expected ${kind}, received null`);
        continue;
      }
      if (!fits(field, kind)) throw fail(`${i}.${name}`, `Expected ${kind}, received ${kindOf(field)}`);
    }
  }
  return value as FlatRecord<F, R>[];
}
