/** Room left under the 80-character tenant name limit for a "-NN" suffix that makes a name unique. */
const BASE_LENGTH = 72;

/**
 * A tenants.yaml name (letters, digits, dots, dashes, underscores; a letter or digit first) from a
 * provider's display name: accents dropped, everything else folded into single dashes, lower case.
 * A name with nothing left (a display name in another script) takes `fallback`.
 */
export function safeTenantName(label: string, fallback: string): string {
  const folded = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/([-._])[-._]+/g, '$1')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, BASE_LENGTH)
    .replace(/[-._]+$/, '');
  return folded || safeTenantName(fallback, 'tenant');
}

/** `base`, or `base-2`, `base-3`… whichever `taken` (lower-cased names) does not hold yet; then takes it. */
export function uniqueTenantName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}
