import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError } from '../../src/core/errors.js';
import { safeTenantName, uniqueTenantName } from '../../src/discover/safe-tenant-name.js';
import { mergeTenantEntries, type DiscoveredTenant } from '../../src/discover/tenant-entries.js';

const TENANT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

describe('safeTenantName', () => {
  it.each([
    ['Contoso Inc', 'contoso-inc'],
    ['  Ça Va Bien, S.A.R.L.  ', 'ca-va-bien-s.a.r.l'],
    ['--Fabrikam__Ltd--', 'fabrikam_ltd'],
    ['株式会社テスト', 'fallback-id'],
    ['', 'fallback-id'],
    ['A'.repeat(200), 'a'.repeat(72)],
  ])('%j -> %s', (label, expected) => {
    const name = safeTenantName(label, 'fallback-id');
    expect(name).toBe(expected);
    expect(name).toMatch(TENANT_NAME);
  });

  it('numbers a taken name, case aside, and keeps it within the 80 characters', () => {
    const taken = new Set(['contoso', 'contoso-2']);
    expect(uniqueTenantName('Contoso', taken)).toBe('Contoso-3');
    expect(taken.has('contoso-3')).toBe(true);
    expect(uniqueTenantName('a'.repeat(72), new Set(['a'.repeat(72)]))).toMatch(TENANT_NAME);
  });
});

describe('mergeTenantEntries', () => {
  const hostile: DiscoveredTenant = { provider: 'm365', label: 'Evil\nCorp\r\n- name: injected\u2028x', idField: 'tenantId', fields: { tenantId: '00000000-0000-4000-8000-000000000001' }, auth: 'msp' };

  it('keeps a display name holding line breaks inside its one comment line', () => {
    const { text, added } = mergeTenantEntries(undefined, 'x.yaml', [hostile]);
    const parsed = parse(text) as { tenants: Record<string, unknown>[] };
    expect(parsed.tenants).toEqual([{ name: 'evil-corp-name-injected-x', provider: 'm365', tenantId: '00000000-0000-4000-8000-000000000001', auth: 'msp' }]);
    expect(text.split('\n').filter((line) => line.includes('injected'))).toHaveLength(2);
    expect(added).toEqual([{ name: 'evil-corp-name-injected-x', label: hostile.label }]);
  });

  it('refuses a file whose tenants: is not a list, or that is not YAML', () => {
    expect(() => mergeTenantEntries('tenants: { a: 1 }\n', 'x.yaml', [hostile])).toThrow(ConfigError);
    expect(() => mergeTenantEntries('tenants: [a\n', 'x.yaml', [hostile])).toThrow(/x\.yaml: not valid YAML/);
    expect(() => mergeTenantEntries('- a\n', 'x.yaml', [hostile])).toThrow(/must be a mapping/);
  });

  it('adds tenants: to a file that has only credentials:', () => {
    const { text } = mergeTenantEntries('credentials:\n  msp: { provider: m365, type: token, tokenEnv: T }\n', 'x.yaml', [hostile]);
    expect((parse(text) as { credentials: unknown; tenants: unknown[] }).tenants).toHaveLength(1);
    expect(text.startsWith('credentials:\n')).toBe(true);
  });
});
