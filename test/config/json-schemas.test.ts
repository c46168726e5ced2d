import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateConfigSchema, generateResultsSchema, JSON_SCHEMA_FILES } from '../../scripts/generate-json-schemas.js';
import { buildSampleResults } from '../report/sample-results.js';

const read = (path: string) => readFileSync(path, 'utf8');
const compile = (text: string) => new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(text) as object);

describe('the shipped JSON Schemas', () => {
  it('are current (run npm run json-schemas after changing the config schema or AuditResults)', () => {
    expect(read(JSON_SCHEMA_FILES.config)).toBe(generateConfigSchema());
    expect(read(JSON_SCHEMA_FILES.results)).toBe(generateResultsSchema());
  }, 60_000);

  it('the example config validates, points editors at the schema, and a misspelt or mistyped field does not', () => {
    const validate = compile(read(JSON_SCHEMA_FILES.config));
    const text = read(new URL('../../docs/tenants.example.yaml', import.meta.url).pathname);
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/tenants\.schema\.json$/m);
    const example = parse(text) as { tenants: Record<string, unknown>[]; defaults?: Record<string, unknown> };
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, tenants: [{ ...example.tenants[0], tenantIdd: 'x' }] })).toBe(false);
    expect(validate({ ...example, defaults: { concurrency: 'four' } })).toBe(false);
    expect(validate({ tenants: [{ ...example.tenants[0], provider: 'okta' }] })).toBe(false);
  });

  it('results.json as written validates against the results schema, and one missing its tenants does not', () => {
    const validate = compile(read(JSON_SCHEMA_FILES.results));
    const results = JSON.parse(JSON.stringify(buildSampleResults())) as Record<string, unknown>;
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...results, tenants: undefined })).toBe(false);
  });
});
