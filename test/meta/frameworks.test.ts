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

  it('every CIS Microsoft 365 control a check cites has a title of its own, not its section name', () => {
    const cis = frameworks.find((f) => f.framework.id === 'cis-m365')!;
    const uses = new Map<string, number>();
    for (const c of cis.controls) uses.set(c.title, (uses.get(c.title) ?? 0) + 1);
    const placeholders = loaded
      .flatMap(({ check }) => (check.meta.provider === 'm365' ? (check.meta.references.cis ?? []) : []))
      .filter((id) => (uses.get(cis.controls.find((c) => c.id === id)!.title) ?? 0) > 1);
    expect(placeholders).toEqual([]);
  });

  // Checked against CIS Microsoft 365 Foundations v7.0.0 (prowler 3e000fa cis_7.0_m365.json): each
  // control's audit names the setting or cmdlet property the check reads.
  it.each([
    ['m365-exo-mailbox-auditing', ['6.1.1']],
    ['m365-exo-outbound-spam-auto-forward', ['6.2.1']],
    ['m365-exo-transport-rules-no-domain-bypass', ['6.2.2']],
    ['m365-exo-external-sender-warning', ['6.2.3']],
    ['m365-exo-modern-auth', ['6.5.1']],
    ['m365-exo-mailtips-external', ['6.5.2']],
    ['m365-exo-owa-storage-providers', ['6.5.3']],
    ['m365-exo-smtp-auth-disabled', ['6.5.4']],
    ['m365-exo-spam-no-allowed-domains', ['2.1.14']],
    ['m365-pbi-guest-access-off', ['9.1.1']],
    ['m365-pbi-external-invitations-off', ['9.1.2']],
    ['m365-pbi-publish-to-web-off', ['9.1.4']],
    ['m365-pbi-r-python-visuals-off', ['9.1.5']],
    ['m365-pbi-sensitivity-labels-on', ['9.1.6']],
    ['m365-pbi-resource-key-auth-blocked', ['9.1.9']],
    ['m365-pbi-service-principal-api-restricted', ['9.1.10']],
    ['m365-pbi-service-principal-profiles-restricted', ['9.1.11']],
  ])('%s cites CIS M365 v7.0.0 %j', (id, cis) => {
    expect(loaded.find(({ check }) => check.meta.id === id)?.check.meta.references.cis).toEqual(cis);
  });

  it('resolving a wrong id names the framework it is not in', () => {
    const resolution = resolveCitation({ key: 'scuba', id: 'MS.AAD.99.1v1' }, 'm365', frameworks);
    expect(resolution.ok).toBe(false);
    if (!resolution.ok) expect(resolution.problem).toMatch(/MS\.AAD\.99\.1v1.*scuba-aad/);
  });
});
