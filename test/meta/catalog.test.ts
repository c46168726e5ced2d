import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCheckFiles, PROVIDERS } from '../../src/core/catalog.js';
import { AREAS, SEVERITIES, type Provider } from '../../src/core/model.js';
import { providerModules } from '../../src/connectors/registry.js';

/**
 * Keeps the check catalog honest (ESLint's rule meta-test is the model): every check carries its
 * metadata, reads only sections its connector can collect, and has a table test with a passing, a
 * failing and an unreadable-input case.
 */

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const loaded = await loadCheckFiles();

const ID_PREFIX: Record<Provider, string> = { m365: 'm365-', gws: 'gws-', salesforce: 'sf-' };
const MINIMUM_CHECKS: Record<Provider, number> = { m365: 35, gws: 30, salesforce: 30 };

/**
 * Checks that map to no framework control (SCuBA, CIS or another named baseline) and cite vendor
 * documentation only. This list is frozen: a new check must name a framework control, and a check
 * listed here that gains one (or is removed) must leave the list, so it only ever shrinks.
 */
const DOCS_ONLY_CHECKS = new Set([
  'm365-app-risky-consent-blocked',
  'm365-app-tenant-wide-high-risk-grants',
  'm365-app-third-party-high-risk-app-permissions',
  'm365-app-unverified-publisher-grants',
  'm365-ca-no-unenforced-policies',
  'm365-data-labels-groups-sites',
  // Joined when its CIS 3.3.1 citation was dropped as a mis-citation (3.3.1 is about published label policies): no control asks for labels merely existing.
  'm365-data-sensitivity-labels-active',
  'm365-ext-cross-tenant-inbound-default-blocked',
  'm365-ext-email-verified-join-disabled',
  'm365-priv-no-guest-admins',
  'gws-dc-drive-labels-published',
  'sf-ext-cors-allowlist-strict',
]);

function frameworkReferences(references: { scuba?: string[]; cis?: string[]; other?: Record<string, string[]> }): string[] {
  return [...(references.scuba ?? []), ...(references.cis ?? []), ...Object.values(references.other ?? {}).flat()].filter((ref) => ref.trim() !== '');
}

describe('check catalog', () => {
  it('loads checks for every provider, at least the agreed number each', () => {
    for (const provider of PROVIDERS) {
      const count = loaded.filter((entry) => entry.check.meta.provider === provider).length;
      expect(count, `${provider} checks`).toBeGreaterThanOrEqual(MINIMUM_CHECKS[provider]);
    }
  });

  it('gives every check a unique id', () => {
    const ids = loaded.map((entry) => entry.check.meta.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it('keeps the docs-only list to checks that exist and still lack a framework reference', () => {
    const byId = new Map(loaded.map((entry) => [entry.check.meta.id, entry.check]));
    for (const id of DOCS_ONLY_CHECKS) {
      const check = byId.get(id);
      expect(check, `${id} is listed as docs-only but no longer exists: remove it from DOCS_ONLY_CHECKS`).toBeDefined();
      expect(frameworkReferences(check!.meta.references), `${id} now names a framework control: remove it from DOCS_ONLY_CHECKS`).toEqual([]);
    }
  });
});

describe.each(loaded.map((entry) => [entry.check.meta.id, entry] as const))('%s', (_id, { check, file }) => {
  const meta = check.meta;

  it('is named after its id and prefixed for its provider, in its provider folder', () => {
    expect(file).toBe(meta.id);
    expect(PROVIDERS).toContain(meta.provider);
    expect(meta.id.startsWith(ID_PREFIX[meta.provider])).toBe(true);
    expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(existsSync(join(repoRoot, 'checks', meta.provider, `${meta.id}.ts`))).toBe(true);
  });

  it('has a known area and severity', () => {
    expect(AREAS).toContain(meta.area);
    expect(SEVERITIES).toContain(meta.severity);
  });

  it('states the secure state and who acts on it', () => {
    for (const field of ['title', 'rationale', 'remediation', 'owner'] as const) {
      expect(typeof meta[field], field).toBe('string');
      expect(meta[field].trim(), field).not.toBe('');
    }
    expect(meta.title).not.toMatch(/^ensure\b/i);
  });

  it('cites vendor documentation over https and, unless frozen as docs-only, a framework control', () => {
    const docs = meta.references.docs ?? [];
    expect(docs.length).toBeGreaterThanOrEqual(1);
    for (const url of docs) expect(() => new URL(url), url).not.toThrow();
    expect(docs.some((url) => new URL(url).protocol === 'https:')).toBe(true);
    if (!DOCS_ONLY_CHECKS.has(meta.id)) {
      expect(frameworkReferences(meta.references), 'name a SCuBA, CIS or other framework control in references').not.toEqual([]);
    }
  });

  it('reads only sections its connector collects, or is declared unreadable with a reason', () => {
    const catalog = providerModules[meta.provider]!.sectionCatalog as Record<string, unknown>;
    const unknown = check.reads.filter((section) => !(section in catalog));
    expect(unknown).toEqual([]);
    expect(new Set(check.reads).size).toBe(check.reads.length);
    for (const section of check.licenceOptional ?? []) expect(check.reads).toContain(section);
    for (const section of check.optionalReads ?? []) expect(check.reads).toContain(section);
    if (check.unreadable !== undefined) {
      expect(check.reads).toEqual([]);
      expect(check.unreadable.trim()).not.toBe('');
    } else {
      expect(check.reads.length, 'a check that reads nothing must say why with `unreadable`').toBeGreaterThan(0);
    }
  });

  it('has a table test with pass, fail and not_assessed cases', () => {
    const testFile = join(repoRoot, 'test', 'checks', meta.provider, `${meta.id}.test.ts`);
    expect(existsSync(testFile), `missing test/checks/${meta.provider}/${meta.id}.test.ts`).toBe(true);
    const text = readFileSync(testFile, 'utf8');
    expect(text, 'the test must import the check it tests').toContain(`checks/${meta.provider}/${meta.id}.js`);
    const required = check.unreadable !== undefined ? ['not_assessed'] : ['pass', 'fail', 'not_assessed'];
    for (const status of required) {
      expect(text, `no case with expect: '${status}'`).toMatch(new RegExp(`expect:\\s*'${status}'`));
    }
  });
});
