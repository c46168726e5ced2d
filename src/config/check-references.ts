import { selectChecks } from '../core/catalog.js';
import type { Check } from '../core/define-check.js';
import type { Provider } from '../core/model.js';
import { providerModules } from '../connectors/registry.js';
import { closestWord } from './closest-word.js';
import type { CheckFilter, Waiver } from './schema.js';

/** A problem with one check reference, the field given relative to where the reference was written. */
export interface CheckReferenceProblem {
  field: string;
  message: string;
}

const isPrefix = (pattern: string) => pattern.endsWith('-') || pattern.endsWith('*');
const labelOf = (provider: Provider) => providerModules[provider]?.label ?? provider;
const labels = (providers: readonly Provider[]) => providers.map(labelOf).join(' or ');
const providersOf = (checks: readonly Check[]) => [...new Set(checks.map((c) => c.meta.provider))];

/** Each id cut after each of its dashes: the groups a prefix can mean ("m365-", "m365-ca-", …). */
function prefixesOf(ids: readonly string[]): Set<string> {
  const prefixes = new Set<string>();
  for (const id of ids) {
    for (let at = id.indexOf('-'); at !== -1; at = id.indexOf('-', at + 1)) prefixes.add(id.slice(0, at + 1));
  }
  return prefixes;
}

const didYouMean = (suggestion: string | undefined) => (suggestion ? `; did you mean "${suggestion}"?` : '');

/**
 * Why an include/exclude entry selects none of the checks of `providers` (undefined when it selects
 * one): a typo, or a check of a provider that is not in scope.
 */
export function filterPatternProblem(pattern: string, providers: readonly Provider[], catalog: readonly Check[], scope: string): string | undefined {
  const inScope = selectChecks(catalog, { providers });
  if (selectChecks(inScope, { include: [pattern] }).length) return undefined;
  const elsewhere = selectChecks(catalog, { include: [pattern] });
  if (elsewhere.length) return `"${pattern}" selects only ${labels(providersOf(elsewhere))} checks, none of ${scope} (${labels(providers)})`;
  const ids = inScope.map((c) => c.meta.id);
  const suggestion = didYouMean(closestWord(pattern, [...ids, ...prefixesOf(ids)]));
  const whose = providers.length === providersOf(catalog).length ? '' : `${labels(providers)} `;
  return isPrefix(pattern)
    ? `no ${whose}check id starts with "${pattern.replace(/\*$/, '')}"${suggestion}`
    : `no ${whose}check has the id "${pattern}"${suggestion}`;
}

/** Why a waiver's `check` is not one check of the tenant's provider (a waiver names one id, never a prefix). */
export function waiverCheckProblem(check: string, provider: Provider, catalog: readonly Check[]): string | undefined {
  const ids = catalog.filter((c) => c.meta.provider === provider).map((c) => c.meta.id);
  if (ids.includes(check)) return undefined;
  // A renamed or split check keeps its old id as an alias, and waivers written against it still apply.
  if (catalog.some((c) => c.meta.provider === provider && c.meta.aliases?.includes(check))) return undefined;
  const other = catalog.find((c) => c.meta.id === check);
  if (other) return `"${check}" is a ${labelOf(other.meta.provider)} check; this tenant is ${labelOf(provider)}`;
  const suggestion = didYouMean(closestWord(check, ids));
  return isPrefix(check) ? `a waiver names one check id, not a prefix ("${check}")${suggestion}` : `no ${labelOf(provider)} check has the id "${check}"${suggestion}`;
}

function filterProblems(filter: CheckFilter | undefined, at: string, test: (pattern: string) => string | undefined): CheckReferenceProblem | undefined {
  for (const list of ['include', 'exclude'] as const) {
    for (const [index, pattern] of (filter?.[list] ?? []).entries()) {
      const message = test(pattern);
      if (message) return { field: `${at}.${list}[${index}]`, message };
    }
  }
  return undefined;
}

/** defaults.checks applies to tenants of every provider: each entry must name some check of the catalog. */
export function defaultsCheckProblem(filter: CheckFilter | undefined, catalog: readonly Check[]): CheckReferenceProblem | undefined {
  const providers = providersOf(catalog);
  return filterProblems(filter, 'defaults.checks', (pattern) => filterPatternProblem(pattern, providers, catalog, 'the catalog'));
}

export interface TenantCheckReferences {
  provider: Provider;
  /** The tenant's own filter, as written in its entry. */
  own?: CheckFilter;
  defaults?: CheckFilter;
  waivers?: readonly Waiver[];
}

function describeFilter(tenant: TenantCheckReferences): string {
  const include = tenant.own?.include ?? tenant.defaults?.include;
  const from = (own: boolean) => (own ? '' : ' (from defaults)');
  const parts = [];
  if (include) parts.push(`include${from(Boolean(tenant.own?.include))} ${include.join(', ')}`);
  const exclude = [...(tenant.defaults?.exclude ?? []).map((p) => `${p} (from defaults)`), ...(tenant.own?.exclude ?? [])];
  if (exclude.length) parts.push(`exclude ${exclude.join(', ')}`);
  return parts.join('; ');
}

/**
 * The first wrong check reference of a tenant, its field relative to the tenant entry: a filter
 * entry or waiver naming no check of its provider, or filters that together select no check at all.
 */
export function tenantCheckProblem(tenant: TenantCheckReferences, catalog: readonly Check[]): CheckReferenceProblem | undefined {
  const own = filterProblems(tenant.own, 'checks', (pattern) => filterPatternProblem(pattern, [tenant.provider], catalog, "this tenant's"));
  if (own) return own;
  for (const [index, waiver] of (tenant.waivers ?? []).entries()) {
    const message = waiverCheckProblem(waiver.check, tenant.provider, catalog);
    if (message) return { field: `waivers[${index}].check`, message };
  }
  const include = tenant.own?.include ?? tenant.defaults?.include;
  const exclude = [...(tenant.defaults?.exclude ?? []), ...(tenant.own?.exclude ?? [])];
  if (selectChecks(catalog, { providers: [tenant.provider], include, exclude }).length === 0) {
    return { field: 'checks', message: `selects no ${labelOf(tenant.provider)} check (${describeFilter(tenant)}): nothing would be audited` };
  }
  return undefined;
}

/**
 * Why `--checks` would not say what it means for the tenants of this run: an entry naming none of
 * their checks, or a tenant left with no check at all.
 */
export function checksFlagProblem(patterns: readonly string[], tenants: readonly { name: string; provider: Provider; checks: CheckFilter }[], catalog: readonly Check[]): string | undefined {
  const providers = [...new Set(tenants.map((t) => t.provider))];
  for (const pattern of patterns) {
    const message = filterPatternProblem(pattern, providers, catalog, "this run's tenants");
    if (message) return message;
  }
  for (const tenant of tenants) {
    if (selectChecks(catalog, { providers: [tenant.provider], include: patterns, exclude: tenant.checks.exclude }).length === 0) {
      const excluded = tenant.checks.exclude?.length ? ` once its checks.exclude (${tenant.checks.exclude.join(', ')}) applies` : '';
      return `selects no check of tenant "${tenant.name}" (${labelOf(tenant.provider)})${excluded}: nothing would be audited there; add one of its checks or leave it out with --tenant`;
    }
  }
  return undefined;
}
