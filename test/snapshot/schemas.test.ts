import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateSnapshotSchema, SCHEMA_PROVIDERS, schemaPath } from '../../scripts/generate-snapshot-schemas.js';

describe('committed snapshot schemas', () => {
  it.each(SCHEMA_PROVIDERS)('src/snapshot/schemas/%s.json is what the interfaces generate (run `npm run snapshot-schemas` if this fails)', async (provider) => {
    expect(await readFile(schemaPath(provider), 'utf8'), `${provider}.json is out of date: run npm run snapshot-schemas`).toBe(generateSnapshotSchema(provider));
  });
});
