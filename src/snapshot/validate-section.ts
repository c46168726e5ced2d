import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Provider } from '../core/model.js';
import gwsSchema from './schemas/gws.json' with { type: 'json' };
import m365Schema from './schemas/m365.json' with { type: 'json' };
import salesforceSchema from './schemas/salesforce.json' with { type: 'json' };

/** Generated from the section interfaces (npm run snapshot-schemas); a test keeps them in step. */
const SCHEMAS: Record<Provider, { $ref: string; definitions: Record<string, unknown> }> = {
  m365: m365Schema,
  gws: gwsSchema,
  salesforce: salesforceSchema,
};

/** Where a section's data departs from its shape: the field path from the snapshot's top, and what is wrong. */
export interface SectionMismatch {
  path: string;
  message: string;
}

// Union types ("string or null") are how the generator writes nullable fields; without the option Ajv logs each one.
const ajv = new Ajv({ allowUnionTypes: true });
for (const [provider, schema] of Object.entries(SCHEMAS)) ajv.addSchema(schema, provider);

function shapesPointer(provider: Provider): string {
  return SCHEMAS[provider].$ref;
}

function shapesDefinition(provider: Provider): { properties: Record<string, unknown> } {
  const name = shapesPointer(provider).replace('#/definitions/', '');
  return SCHEMAS[provider].definitions[name] as { properties: Record<string, unknown> };
}

/** The section names a snapshot of this provider may hold. */
export function sectionNames(provider: Provider): string[] {
  return Object.keys(shapesDefinition(provider).properties);
}

function validatorFor(provider: Provider, section: string): ValidateFunction {
  const validate = ajv.getSchema(`${provider}${shapesPointer(provider)}/properties/${section}`);
  if (!validate) throw new Error(`No schema for ${provider} section ${section}`);
  return validate;
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  return segments.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function errorSegments(error: ErrorObject): string[] {
  const segments = pointerSegments(error.instancePath);
  return error.keyword === 'required' ? [...segments, String(error.params.missingProperty)] : segments;
}

/** What the field should have been, for the keywords the generator writes; undefined for any other. */
function expectation(error: ErrorObject): string | undefined {
  if (error.keyword === 'type') return String(error.params.type).split(',').join(' or ');
  if (error.keyword === 'enum') return `one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'const') return JSON.stringify(error.params.allowedValue);
  return undefined;
}

/**
 * The most specific of Ajv's errors: a field that fails inside one branch of "object or null" is named,
 * rather than the branch as a whole; alternatives at the same field are merged ("object or null").
 */
function describe(errors: readonly ErrorObject[], data: unknown): { segments: string[]; message: string } {
  const located = errors.filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf').map((error) => ({ error, segments: errorSegments(error) }));
  const deepest = located.reduce((best, entry) => (entry.segments.length > best.segments.length ? entry : best), located[0]!);
  const key = deepest.segments.join('/');
  const here = located.filter((entry) => entry.segments.join('/') === key).map((entry) => entry.error);
  if (here.some((error) => error.keyword === 'required')) return { segments: deepest.segments, message: 'is missing' };
  const expected = here.map(expectation);
  if (expected.includes(undefined)) return { segments: deepest.segments, message: deepest.error.message ?? deepest.error.keyword };
  return { segments: deepest.segments, message: `must be ${[...new Set(expected)].join(' or ')}, got ${kindOf(valueAt(data, deepest.segments))}` };
}

/** Checks one ok section's data against its shape; undefined when it matches. */
export function sectionMismatch(provider: Provider, section: string, data: unknown): SectionMismatch | undefined {
  const base = ['sections', section, 'data'];
  if (!sectionNames(provider).includes(section)) return { path: `sections.${section}`, message: `not a section of a ${provider} snapshot` };
  if (data === undefined) return { path: base.join('.'), message: 'is missing' };
  const validate = validatorFor(provider, section);
  if (validate(data)) return undefined;
  const { segments, message } = describe(validate.errors ?? [], data);
  return { path: [...base, ...segments].join('.'), message };
}
