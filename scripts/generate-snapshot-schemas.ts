/**
 * Writes src/snapshot/schemas/<provider>.json from the section interfaces in src/snapshot/<provider>.ts,
 * so the schemas a saved snapshot is checked against are never typed twice.
 *
 *   npm run snapshot-schemas            rewrite the schemas
 *   npm run snapshot-schemas -- --check exit 1 when a schema is out of date
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import type { Provider } from '../src/core/model.js';
import { runIfInvoked, writeOrCheck } from './generated-files.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SHAPES_TYPE: Record<Provider, string> = { m365: 'M365Shapes', gws: 'GwsShapes', salesforce: 'SalesforceShapes' };

export const SCHEMA_PROVIDERS = Object.keys(SHAPES_TYPE) as Provider[];

export function schemaPath(provider: Provider): string {
  return join(ROOT, 'src', 'snapshot', 'schemas', `${provider}.json`);
}

/** The schema file's text as generated from the interfaces now. */
export function generateSnapshotSchema(provider: Provider): string {
  const schema = createGenerator({
    path: join(ROOT, 'src', 'snapshot', `${provider}.ts`),
    type: SHAPES_TYPE[provider],
    tsconfig: join(ROOT, 'tsconfig.json'),
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    // TypeScript's structural typing lets a value carry fields its interface does not name; so does the schema.
    additionalProperties: true,
    skipTypeCheck: true,
  }).createSchema(SHAPES_TYPE[provider]);
  const comment = `Generated from src/snapshot/${provider}.ts by npm run snapshot-schemas; do not edit.`;
  return `${JSON.stringify({ $comment: comment, ...schema }, null, 2)}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const files = await Promise.all(
    SCHEMA_PROVIDERS.map(async (provider) => {
      const path = schemaPath(provider);
      return { name: provider, path, current: await readFile(path, 'utf8').catch(() => ''), expected: generateSnapshotSchema(provider) };
    }),
  );
  return writeOrCheck(files, argv, { command: 'npm run snapshot-schemas', upToDate: 'Snapshot schemas already up to date' });
}

await runIfInvoked(import.meta.url, 'generate-snapshot-schemas', main);
