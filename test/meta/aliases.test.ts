import { describe, expect, it } from 'vitest';
import { loadCheckFiles } from '../../src/core/catalog.js';

/** A renamed or split check keeps its old id as an alias (Trivy): an alias names one check only, and never a current id. */
const loaded = await loadCheckFiles();

describe('check aliases', () => {
  it('never collide with a check id or with each other', () => {
    const ids = new Set(loaded.map(({ check }) => check.meta.id));
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const { check } of loaded) {
      for (const alias of check.meta.aliases ?? []) {
        if (ids.has(alias)) problems.push(`${check.meta.id}: alias ${alias} is a current check id`);
        const other = owner.get(alias);
        if (other) problems.push(`${check.meta.id}: alias ${alias} is also an alias of ${other}`);
        owner.set(alias, check.meta.id);
      }
    }
    expect(problems).toEqual([]);
  });
});
