import type { GwsOrgUnit, GwsPolicies, GwsPolicy } from '../../snapshot/gws.js';

/**
 * How several policies for one setting at one target combine (Google's "reducers"): `max` keeps the
 * policy with the highest sortOrder, `merge` overlays every policy field by field in sortOrder, and
 * `maxMap` keeps array entries keyed by a primary key (`SettingSpec.key`), a later policy replacing only
 * the entries whose key it repeats (cloud.google.com/identity/docs/concepts/policy-api-concepts, "Reducers").
 */
export type Reducer = 'max' | 'merge' | 'maxMap';

export interface SettingSpec {
  /** Setting type without "settings/", e.g. "security.session_controls". */
  type: string;
  /** Google's documented value for every field the top OU may leave unset. */
  defaults: Record<string, unknown>;
  reducer?: Reducer;
  /** Primary key of the array entries a `maxMap` setting holds (e.g. "scopesGroup"). */
  key?: string;
  /** Service whose "<service>.service_status" turns the setting off where it is explicitly DISABLED. */
  service?: string;
}

export const GOOGLE_DEFAULT = 'Google default';

export interface EffectiveTarget {
  kind: 'org-unit' | 'group';
  id: string;
  /** OU path, or the group's email (its id when it could not be resolved). */
  name: string;
  value: Record<string, unknown>;
  /** For each field, where its value comes from: an OU path, "group <email>", or "Google default". */
  origin: Record<string, string>;
  /** True where this target itself holds a policy for the setting. */
  explicit: boolean;
  /** True where the setting's service is explicitly turned off for this target. */
  serviceDisabled: boolean;
}

/** Array entries of `earlier` and `later` combined by primary key: a later entry replaces an earlier one with the same key. */
function mergeByKey(earlier: unknown, later: unknown, key: string): unknown {
  if (!Array.isArray(later)) return later;
  if (!Array.isArray(earlier)) return later;
  const keyOf = (entry: unknown) => (entry && typeof entry === 'object' ? String((entry as Record<string, unknown>)[key] ?? '') : String(entry));
  const merged = new Map<string, unknown>();
  for (const entry of earlier) merged.set(keyOf(entry), entry);
  for (const entry of later) merged.set(keyOf(entry), entry);
  return [...merged.values()];
}

function combine(acc: Record<string, unknown>, next: Record<string, unknown>, spec: Pick<SettingSpec, 'reducer' | 'key'>): Record<string, unknown> {
  if (spec.reducer !== 'maxMap' || !spec.key) return { ...acc, ...next };
  const out = { ...acc };
  for (const [field, value] of Object.entries(next)) out[field] = field in acc ? mergeByKey(acc[field], value, spec.key) : value;
  return out;
}

function reduce(policies: GwsPolicy[], spec: Pick<SettingSpec, 'reducer' | 'key'>): Record<string, unknown> | null {
  if (policies.length === 0) return null;
  const sorted = [...policies].sort((a, b) => a.sortOrder - b.sortOrder);
  if ((spec.reducer ?? 'max') === 'max') return sorted[sorted.length - 1]!.value;
  return sorted.reduce<Record<string, unknown>>((acc, p) => combine(acc, p.value, spec), {});
}

function overlay(
  base: { value: Record<string, unknown>; origin: Record<string, string> },
  own: Record<string, unknown> | null,
  originName: string,
  spec: Pick<SettingSpec, 'reducer' | 'key'>,
): { value: Record<string, unknown>; origin: Record<string, string> } {
  if (!own) return { value: { ...base.value }, origin: { ...base.origin } };
  // Google reduces every policy that applies to a user together, so a keyed list set lower down adds to
  // (or replaces entries of) the inherited list instead of discarding it.
  const value = combine(base.value, own, spec);
  const origin = { ...base.origin };
  for (const field of Object.keys(own)) origin[field] = originName;
  return { value, origin };
}

/** Parents before children, so one pass inherits correctly; OUs whose parent is unknown hang off the top. */
function orderedUnits(data: GwsPolicies): GwsOrgUnit[] {
  const byParent = new Map<string, GwsOrgUnit[]>();
  const known = new Set(data.orgUnits.map((u) => u.id));
  for (const unit of data.orgUnits) {
    if (unit.id === data.rootOrgUnitId) continue;
    const parent = unit.parentId && known.has(unit.parentId) ? unit.parentId : data.rootOrgUnitId;
    const list = byParent.get(parent) ?? [];
    list.push(unit);
    byParent.set(parent, list);
  }
  const root = data.orgUnits.find((u) => u.id === data.rootOrgUnitId) ?? { id: data.rootOrgUnitId, path: '/', name: '/', parentId: null };
  const out: GwsOrgUnit[] = [];
  const queue: GwsOrgUnit[] = [root];
  const seen = new Set<string>();
  while (queue.length) {
    const unit = queue.shift()!;
    if (seen.has(unit.id)) continue;
    seen.add(unit.id);
    out.push(unit);
    const children = (byParent.get(unit.id) ?? []).sort((a, b) => a.path.localeCompare(b.path));
    queue.push(...children);
  }
  return out;
}

export function groupLabel(data: GwsPolicies, groupId: string): string {
  const group = data.groups.find((g) => g.id === groupId);
  return group?.email ?? group?.name ?? groupId;
}

/**
 * The effective value of one setting for every OU and every group that overrides it: Google's default,
 * then the top OU's policy, then each descendant OU's override, then group overrides by sortOrder.
 * Every OU is returned, including those that only inherit, so a weak sub-OU cannot hide behind a
 * compliant top OU and an OU inheriting a weak value is reported too.
 */
export function effectiveSetting(data: GwsPolicies, spec: SettingSpec): EffectiveTarget[] {
  const known = new Set(data.orgUnits.map((u) => u.id));
  known.add(data.rootOrgUnitId);
  const ofType = data.policies.filter((p) => p.setting === spec.type);
  const serviceStates = spec.service ? effectiveServiceStates(data, spec.service) : new Map<string, boolean>();

  const ouPolicies = new Map<string, GwsPolicy[]>();
  const groupPolicies = new Map<string, GwsPolicy[]>();
  for (const policy of ofType) {
    if (policy.groupId) {
      const list = groupPolicies.get(policy.groupId) ?? [];
      list.push(policy);
      groupPolicies.set(policy.groupId, list);
      continue;
    }
    // A policy without an OU belongs to the top OU (Google sometimes omits it); one naming a deleted OU is ignored.
    const unitId = policy.orgUnitId ?? data.rootOrgUnitId;
    if (!known.has(unitId)) continue;
    const list = ouPolicies.get(unitId) ?? [];
    list.push(policy);
    ouPolicies.set(unitId, list);
  }

  const defaults = {
    value: { ...spec.defaults },
    origin: Object.fromEntries(Object.keys(spec.defaults).map((k) => [k, GOOGLE_DEFAULT])),
  };
  const resolved = new Map<string, { value: Record<string, unknown>; origin: Record<string, string> }>();
  const targets: EffectiveTarget[] = [];
  for (const unit of orderedUnits(data)) {
    const parent = unit.id === data.rootOrgUnitId ? defaults : (resolved.get(unit.parentId ?? data.rootOrgUnitId) ?? resolved.get(data.rootOrgUnitId) ?? defaults);
    const own = reduce(ouPolicies.get(unit.id) ?? [], spec);
    const path = unit.id === data.rootOrgUnitId ? '/' : unit.path;
    const result = overlay(parent, own, path, spec);
    resolved.set(unit.id, result);
    targets.push({
      kind: 'org-unit',
      id: unit.id,
      name: path,
      ...result,
      explicit: own !== null,
      serviceDisabled: serviceStates.get(unit.id) === false,
    });
  }

  // A group policy applies to its members wherever their OU is: judged on top of the top OU's value.
  const top = resolved.get(data.rootOrgUnitId) ?? defaults;
  for (const [groupId, policies] of [...groupPolicies.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const label = groupLabel(data, groupId);
    const result = overlay(top, reduce(policies, spec), `group ${label}`, spec);
    targets.push({ kind: 'group', id: groupId, name: label, ...result, explicit: true, serviceDisabled: false });
  }
  return targets;
}

/**
 * Per OU id: false where "<service>.service_status" is explicitly DISABLED (a missing status counts as on). An
 * access group that turns the service on does so for its members whatever their OU, and they keep their OU's
 * settings (support.google.com/a/answer/9050643); members are not read, so then no OU counts as off.
 */
function effectiveServiceStates(data: GwsPolicies, service: string): Map<string, boolean> {
  const states = new Map<string, boolean>();
  const targets = effectiveSetting(data, { type: `${service}.service_status`, defaults: { serviceState: 'ENABLED' } });
  if (targets.some((t) => t.kind === 'group' && String(t.value.serviceState).toUpperCase() === 'ENABLED')) return states;
  for (const target of targets) {
    if (target.kind === 'org-unit') states.set(target.id, String(target.value.serviceState).toUpperCase() !== 'DISABLED');
  }
  return states;
}

/** Settings Google keeps as lists (rule.dlp, rule.system_defined_alerts): every policy, with its target's name. */
export function listSetting(data: GwsPolicies, type: string): { policy: GwsPolicy; target: string }[] {
  const byId = new Map(data.orgUnits.map((u) => [u.id, u]));
  return data.policies
    .filter((p) => p.setting === type)
    .map((policy) => {
      let target = '/';
      if (policy.groupId) target = `group ${groupLabel(data, policy.groupId)}`;
      else if (policy.orgUnitId && policy.orgUnitId !== data.rootOrgUnitId) target = byId.get(policy.orgUnitId)?.path ?? `orgUnits/${policy.orgUnitId}`;
      return { policy, target };
    });
}

export interface CombinedTarget<K extends string> {
  kind: 'org-unit' | 'group';
  id: string;
  name: string;
  /** Each setting's effective value for this target. */
  settings: Record<K, EffectiveTarget>;
}

/**
 * Several settings judged together (e.g. 2SV enrolment and enforcement): every OU, plus every group that
 * overrides any one of them. A group without its own policy for a setting takes the top OU's value there,
 * so a group that only disallows enrolment is still judged.
 */
export function effectiveSettings<K extends string>(data: GwsPolicies, specs: Record<K, SettingSpec>): CombinedTarget<K>[] {
  const keys = Object.keys(specs) as K[];
  const perSpec = new Map<K, Map<string, EffectiveTarget>>();
  const order: { kind: 'org-unit' | 'group'; id: string; name: string }[] = [];
  const seen = new Set<string>();
  for (const key of keys) {
    const targets = effectiveSetting(data, specs[key]);
    perSpec.set(key, new Map(targets.map((t) => [`${t.kind}:${t.id}`, t])));
    for (const t of targets) {
      const k = `${t.kind}:${t.id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      order.push({ kind: t.kind, id: t.id, name: t.name });
    }
  }
  const ous = order.filter((t) => t.kind === 'org-unit');
  const groups = order.filter((t) => t.kind === 'group').sort((a, b) => a.id.localeCompare(b.id));
  return [...ous, ...groups].map((target) => {
    const settings = {} as Record<K, EffectiveTarget>;
    for (const key of keys) {
      const byTarget = perSpec.get(key)!;
      const own = byTarget.get(`${target.kind}:${target.id}`);
      const top = byTarget.get(`org-unit:${data.rootOrgUnitId}`)!;
      settings[key] = own ?? { ...top, kind: target.kind, id: target.id, name: target.name, explicit: false, serviceDisabled: false };
    }
    return { ...target, settings };
  });
}

/** Whether any policy sets a setting of this family (e.g. "classroom."): a service outside the tenant's plan returns none. */
export function hasSettingFamily(data: GwsPolicies, prefix: string): boolean {
  return data.policies.some((p) => p.setting.startsWith(prefix));
}

/**
 * The setting types present whose name, dots read as underscores, is `key` (ScubaGoggles' spelling, e.g.
 * "access_approval_axa_user_scoping"), for settings whose dotted type no reference we hold spells out.
 */
export function settingTypesSpelt(data: GwsPolicies, key: string): string[] {
  return [...new Set(data.policies.map((p) => p.setting).filter((type) => type.replace(/\./g, '_') === key))];
}
