import { describe, expect, it } from 'vitest';
import { effectiveSetting, listSetting } from '../../../src/rules/gws/effective-settings.js';
import { compliantTenant, GROUP, OU, ROOT, policy } from '../../checks/gws/compliant-tenant.js';

const spec = { type: 'test.setting', defaults: { a: 'default-a', b: 'default-b' } };
const base = () => {
  const t = compliantTenant().policies;
  t.policies = [];
  return t;
};
const byName = (targets: ReturnType<typeof effectiveSetting>) => Object.fromEntries(targets.map((x) => [x.name, x]));

describe('effectiveSetting', () => {
  it('fills every OU from Google defaults when nothing is set', () => {
    const r = byName(effectiveSetting(base(), spec));
    expect(Object.keys(r).sort()).toEqual(['/', '/Engineering', '/Engineering/Contractors', '/Sales']);
    expect(r['/Sales']!.value).toEqual({ a: 'default-a', b: 'default-b' });
    expect(r['/Sales']!.origin.a).toBe('Google default');
  });

  it('inherits top → OU → sub-OU field by field and records where each field comes from', () => {
    const t = base();
    t.policies.push(policy('test.setting', { a: 'root-a' }), policy('test.setting', { b: 'eng-b' }, { ou: OU.engineering }));
    const r = byName(effectiveSetting(t, spec));
    expect(r['/Engineering/Contractors']!.value).toEqual({ a: 'root-a', b: 'eng-b' });
    expect(r['/Engineering/Contractors']!.origin).toEqual({ a: '/', b: '/Engineering' });
    expect(r['/Engineering/Contractors']!.explicit).toBe(false);
    expect(r['/Sales']!.value).toEqual({ a: 'root-a', b: 'default-b' });
  });

  it('max reducer keeps the highest sortOrder; merge overlays all', () => {
    const t = base();
    t.policies.push(policy('test.setting', { a: 'late', b: 'x' }, { ou: OU.sales, sortOrder: 300 }), policy('test.setting', { a: 'early' }, { ou: OU.sales, sortOrder: 100 }));
    expect(byName(effectiveSetting(t, spec))['/Sales']!.value).toEqual({ a: 'late', b: 'x' });
    t.policies = [policy('test.setting', { b: 'x' }, { ou: OU.sales, sortOrder: 100 }), policy('test.setting', { a: 'late' }, { ou: OU.sales, sortOrder: 300 })];
    expect(byName(effectiveSetting(t, { ...spec, reducer: 'merge' }))['/Sales']!.value).toEqual({ a: 'late', b: 'x' });
  });

  it('maxMap keeps keyed entries from every level, a later entry replacing only its own key', () => {
    const t = base();
    const keyed = { type: 'test.setting', defaults: { list: [] }, reducer: 'maxMap' as const, key: 'id' };
    t.policies.push(
      policy('test.setting', { list: [{ id: 'A', on: false }, { id: 'B', on: false }] }),
      policy('test.setting', { list: [{ id: 'B', on: true }] }, { ou: OU.sales, sortOrder: 100 }),
      policy('test.setting', { list: [{ id: 'C', on: false }] }, { ou: OU.sales, sortOrder: 200 }),
    );
    const r = byName(effectiveSetting(t, keyed));
    expect(r['/']!.value.list).toEqual([{ id: 'A', on: false }, { id: 'B', on: false }]);
    expect(r['/Sales']!.value.list).toEqual([{ id: 'A', on: false }, { id: 'B', on: true }, { id: 'C', on: false }]);
    // The same policies under a max reducer would drop the inherited entries.
    expect(byName(effectiveSetting(t, { ...keyed, reducer: 'max' }))['/Sales']!.value.list).toEqual([{ id: 'C', on: false }]);
  });

  it('reports group overrides on top of the top OU, by email', () => {
    const t = base();
    t.policies.push(policy('test.setting', { a: 'root-a' }), policy('test.setting', { b: 'g1' }, { group: GROUP.finance, sortOrder: 10 }), policy('test.setting', { b: 'g2' }, { group: GROUP.finance, sortOrder: 20 }));
    const group = effectiveSetting(t, spec).find((x) => x.kind === 'group')!;
    expect(group).toMatchObject({ name: 'finance@example.org', value: { a: 'root-a', b: 'g2' }, explicit: true });
    expect(group.origin.b).toBe('group finance@example.org');
  });

  it('attributes a policy without an OU to the top OU and ignores deleted OUs', () => {
    const t = base();
    t.policies.push({ ...policy('test.setting', { a: 'no-ou' }), orgUnitId: null }, policy('test.setting', { a: 'ghost' }, { ou: 'gone' }));
    const r = byName(effectiveSetting(t, spec));
    expect(r['/']!.value.a).toBe('no-ou');
    expect(Object.keys(r)).not.toContain('gone');
  });

  it('marks OUs whose service is explicitly disabled', () => {
    const t = base();
    t.policies.push(policy('svc.service_status', { serviceState: 'DISABLED' }, { ou: OU.engineering }));
    const r = byName(effectiveSetting(t, { ...spec, service: 'svc' }));
    expect(r['/Engineering']!.serviceDisabled).toBe(true);
    expect(r['/Engineering/Contractors']!.serviceDisabled).toBe(true);
    expect(r['/']!.serviceDisabled).toBe(false);
  });

  it('lists list-type settings with their target path', () => {
    const t = base();
    t.policies.push(policy('rule.dlp', { displayName: 'r1' }, { ou: OU.contractors }), policy('rule.dlp', { displayName: 'r2' }, { ou: ROOT }));
    expect(listSetting(t, 'rule.dlp').map((x) => x.target)).toEqual(['/Engineering/Contractors', '/']);
  });
});
