import { ApiShapeError } from '../../core/errors.js';

/** What one field of a flat record may hold besides null or absence: a value, a list, or a small object of such fields (none required). */
export type FieldKind = 'string' | 'boolean' | 'string[]' | 'unknown[]' | { readonly [field: string]: FieldKind };

type FieldValue<K extends FieldKind> = K extends 'string'
  ? string
  : K extends 'boolean'
    ? boolean
    : K extends 'string[]'
      ? string[]
      : K extends 'unknown[]'
        ? unknown[]
        : K extends { readonly [field: string]: FieldKind }
          ? { [P in keyof K]?: FieldValue<K[P]> | null }
          : never;

/** A record with the fields asked for: required ones present, the others possibly null or absent. */
export type FlatRecord<F extends Record<string, FieldKind>, R extends keyof F> = { [P in R]: FieldValue<F[P]> } & { [P in Exclude<keyof F, R>]?: FieldValue<F[P]> | null };

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const nameOf = (kind: FieldKind): string => (typeof kind === 'string' ? kind : 'object');

/** Built only once a field does not fit: the check runs for every field of every row. */
const wrong = (value: unknown, kind: FieldKind) => ({ path: '', message: `Expected ${nameOf(kind)}, received ${kindOf(value)}` });

/** The path below `value` of the first part that does not fit `kind`, '' when it fits, undefined when it fits whole. */
function mismatch(value: unknown, kind: FieldKind): { path: string; message: string } | undefined {
  if (kind === 'string[]') return Array.isArray(value) && value.every((item) => typeof item === 'string') ? undefined : wrong(value, kind);
  if (kind === 'unknown[]') return Array.isArray(value) ? undefined : wrong(value, kind);
  if (typeof kind === 'string') return typeof value === kind ? undefined : wrong(value, kind);
  if (!isRecord(value)) return wrong(value, kind);
  for (const [name, inner] of Object.entries(kind)) {
    const field = value[name];
    if (field === undefined || field === null) continue;
    const below = mismatch(field, inner);
    if (below) return { path: below.path ? `${name}.${below.path}` : name, message: below.message };
  }
  return undefined;
}

/**
 * Validates a long list of flat records (tens of thousands of report rows) with a loop instead of a zod
 * schema, which a CPU profile showed costing more than the rest of the collection: the same rule
 * (required fields of their type, the others of their type, null or absent; other fields ignored), the same
 * error (the endpoint and the path of the first mismatch). Returns the rows as they are; nothing is copied.
 * `offset` is the index of the first row in the whole list, when `value` is one page of it.
 */
export function parseFlatRecords<F extends Record<string, FieldKind>, R extends keyof F & string>(value: unknown, fields: F, required: readonly R[], endpoint: string, offset = 0): FlatRecord<F, R>[] {
  const fail = (path: string, message: string) => new ApiShapeError(`Unexpected answer from ${endpoint} at "${path || '(root)'}": ${message}`, path);
  if (!Array.isArray(value)) throw fail('', `Expected array, received ${kindOf(value)}`);
  const entries = Object.entries(fields);
  const isRequired = new Set<string>(required);
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    const at = i + offset;
    if (!isRecord(row)) throw fail(String(at), `Expected object, received ${kindOf(row)}`);
    for (const [name, kind] of entries) {
      const field = row[name];
      if (field === undefined || field === null) {
        if (isRequired.has(name)) throw fail(`${at}.${name}`, field === undefined ? 'Required' : `Expected ${nameOf(kind)}, received null`);
        continue;
      }
      const wrong = mismatch(field, kind);
      if (wrong) throw fail(`${at}.${name}${wrong.path ? `.${wrong.path}` : ''}`, wrong.message);
    }
  }
  return value as FlatRecord<F, R>[];
}
