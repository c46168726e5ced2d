/**
 * Writes schemas/tenants.schema.json (from the config's zod schema) and schemas/results.schema.json (from the
 * AuditResults interface): the JSON Schemas the package ships for editors and for readers of results.json.
 *
 *   npm run json-schemas            rewrite them
 *   npm run json-schemas -- --check exit 1 when one is out of date
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { configSchema, tenantSchema } from '../src/config/schema.js';
import { runIfInvoked, writeOrCheck } from './generated-files.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const JSON_SCHEMA_FILES = {
  config: join(ROOT, 'schemas', 'tenants.schema.json'),
  results: join(ROOT, 'schemas', 'results.schema.json'),
} as const;

/** The loader checks tenants one by one (to name the tenant at fault); the editor's schema holds the whole file. */
export function generateConfigSchema(): string {
  const whole = configSchema().extend({ tenants: z.array(tenantSchema({ authReferences: true })).min(1) });
  const schema = zodToJsonSchema(whole, { target: 'jsonSchema7', $refStrategy: 'none' });
  const head = { $schema: 'http://json-schema.org/draft-07/schema#', title: 'tenant-audit tenants.yaml', $comment: 'Generated from src/config/schema.ts by npm run json-schemas; do not edit.' };
  return `${JSON.stringify({ ...head, ...schema, $schema: head.$schema }, null, 2)}\n`;
}

export function generateResultsSchema(): string {
  const schema = createGenerator({
    path: join(ROOT, 'src', 'core', 'results.ts'),
    type: 'AuditResults',
    tsconfig: join(ROOT, 'tsconfig.json'),
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema('AuditResults');
  const comment = 'Generated from src/core/results.ts by npm run json-schemas; do not edit.';
  return `${JSON.stringify({ $comment: comment, title: 'tenant-audit results.json', ...schema }, null, 2)}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const expected = { config: generateConfigSchema(), results: generateResultsSchema() };
  const files = await Promise.all(
    (Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[]).map(async (name) => {
      const path = JSON_SCHEMA_FILES[name];
      return { name: `schemas/${name === 'config' ? 'tenants' : 'results'}.schema.json`, path, current: await readFile(path, 'utf8').catch(() => ''), expected: expected[name] };
    }),
  );
  return writeOrCheck(files, argv, { command: 'npm run json-schemas', upToDate: 'JSON Schemas already up to date' });
}

await runIfInvoked(import.meta.url, 'generate-json-schemas', main);
