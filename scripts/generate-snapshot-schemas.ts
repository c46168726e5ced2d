/**
 * Writes src/snapshot/schemas/<provider>.json from the section interfaces in src/snapshot/<provider>.ts,
 * so the schemas a saved snapshot is checked against are never typed twice.
 *
 *   npm run snapshot-schemas            rewrite the schemas
 *   npm run snapshot-schemas -- --check exit 1 when a schema is out of date
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import type { Provider } from '../src/core/model.js';

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
  const check = argv.includes('--check');
  const stale: string[] = [];
  for (const provider of SCHEMA_PROVIDERS) {
    const path = schemaPath(provider);
    const expected = generateSnapshotSchema(provider);
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current === expected) continue;
    stale.push(provider);
    if (!check) await writeFile(path, expected);
  }
  if (check) {
    if (stale.length) process.stderr.write(`Out of date: ${stale.join(', ')}. Run: npm run snapshot-schemas\n`);
    return stale.length ? 1 : 0;
  }
  process.stdout.write(stale.length ? `Updated ${stale.join(', ')}\n` : 'Snapshot schemas already up to date\n');
  return 0;
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`generate-snapshot-schemas: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
