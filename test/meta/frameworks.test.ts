import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCheckFiles } from '../../src/core/catalog.js';
import { citationsOf, FRAMEWORKS_DIR, loadFrameworks, resolveCitation } from '../../src/frameworks/load-frameworks.js';

/**
 * The framework files are the only place a control id is defined: every id a check cites must be a
 * control of exactly one file of that framework, and each framework is spelled one way.
 */

const loaded = await loadCheckFiles();
const frameworks = loadFrameworks();

describe('framework files', () => {
  it('every JSON file under frameworks/ is loaded', () => {
    const onDisk = readdirSync(FRAMEWORKS_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.json'));
    expect(frameworks.length).toBe(onDisk.length);
  });

  it('a file is named <framework id>_<version>.json', () => {
    for (const f of frameworks) {
      const version = f.framework.version.replace(/^Rev\. /, 'r').replace(/\s+/g, '-').toLowerCase();
      expect(f.file, f.file).toBe(`frameworks/${f.scope}/${f.framework.id}_${version}.json`);
    }
  });

  it('framework ids are unique, and so are control ids within a file', () => {
    const ids = frameworks.map((f) => f.framework.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of frameworks) {
      const controls = f.controls.map((c) => c.id);
      const duplicates = controls.filter((id, i) => controls.indexOf(id) !== i);
      expect(duplicates, f.file).toEqual([]);
    }
  });

  it('SCuBA controls carry SHALL/SHOULD and CIS controls a level', () => {
    for (const f of frameworks) {
      if (f.framework.family === 'scuba') expect(f.controls.filter((c) => !c.strength).map((c) => c.id), f.file).toEqual([]);
      if (f.framework.family === 'cis') expect(f.controls.filter((c) => !c.level).map((c) => c.id), f.file).toEqual([]);
    }
  });

  it('every NIST control a SCuBA policy maps to is in the NIST file', () => {
    const nist = frameworks.find((f) => f.framework.family === 'nist');
    expect(nist).toBeDefined();
    const known = new Set(nist!.controls.map((c) => c.id));
    const missing = frameworks.flatMap((f) => f.controls.flatMap((c) => (c.nist80053 ?? []).filter((id) => !known.has(id)).map((id) => `${c.id} → ${id}`)));
    expect(missing).toEqual([]);
  });
});

describe('citations', () => {
  it('every id every check cites is a control of exactly one framework file', () => {
    const problems: string[] = [];
    for (const { check } of loaded) {
      for (const citation of citationsOf(check.meta.references)) {
        const resolution = resolveCitation(citation, check.meta.provider, frameworks);
        if (!resolution.ok) problems.push(`${check.meta.id}: ${citation.key} ${resolution.problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a check cites each control once', () => {
    const problems: string[] = [];
    for (const { check } of loaded) {
      const seen = citationsOf(check.meta.references).map((c) => `${c.key} ${c.id}`);
      const twice = seen.filter((c, i) => seen.indexOf(c) !== i);
      if (twice.length) problems.push(`${check.meta.id}: ${twice.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('resolving a wrong id names the framework it is not in', () => {
    const resolution = resolveCitation({ key: 'scuba', id: 'MS.AAD.99.1v1' }, 'm365', frameworks);
    expect(resolution.ok).toBe(false);
    if (!resolution.ok) expect(resolution.problem).toMatch(/MS\.AAD\.99\.1v1.*scuba-aad/);
  });
});
