import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { ConfigError } from '../core/errors.js';
import type { Provider } from '../core/model.js';
import { safeTenantName, uniqueTenantName } from './safe-tenant-name.js';

/** A tenant a provider listed: what tenants.yaml needs to reach it, and the name it goes by there. */
export interface DiscoveredTenant {
  provider: Provider;
  /** The provider's own name for it (display name, domain): the source of the entry's name. */
  label: string;
  /** The field that identifies the tenant, e.g. tenantId or customerId; an entry with the same value is the same tenant. */
  idField: string;
  /** Fields of the entry besides name, provider and auth, the id field first. */
  fields: Record<string, string>;
  /** What the entry's `auth:` holds: a credentials profile's name, or `{ credentials, …fields }`. */
  auth?: string | Record<string, string>;
}

export interface MergedEntries {
  text: string;
  added: { name: string; label: string }[];
  /** Tenants already in the file (same provider and id), left as they are. */
  present: string[];
}

/** A display name as one comment line: an API's string must not be able to end the comment and write YAML. */
function commentLine(label: string): string {
  return ` ${label.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim().slice(0, 160)}`;
}

function existingTenants(doc: Document, file: string): YAMLSeq {
  const tenants = doc.get('tenants', true);
  if (tenants === undefined || tenants === null) {
    const seq = new YAMLSeq();
    doc.set('tenants', seq);
    return seq;
  }
  if (!isSeq(tenants)) throw new ConfigError(`${file}: tenants: must be a list`, file, 'tenants');
  return tenants;
}

/**
 * Adds the discovered tenants to a tenants.yaml text (or a new one) without touching what is there:
 * a tenant already listed (same provider and id, case aside) is left out; a name already taken gets
 * a numbered suffix.
 */
export function mergeTenantEntries(existing: string | undefined, file: string, discovered: readonly DiscoveredTenant[]): MergedEntries {
  const doc = existing === undefined || existing.trim() === '' ? new Document({}) : parseDocument(existing);
  if (doc.errors.length > 0) throw new ConfigError(`${file}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, file);
  if (!isMap(doc.contents)) throw new ConfigError(`${file}: (top level): must be a mapping with tenants:`, file);
  const tenants = existingTenants(doc, file);
  const listed = tenants.items.map((item) => (isMap(item) ? (item.toJSON() as Record<string, unknown>) : {}));
  const names = new Set(listed.flatMap((entry) => (typeof entry.name === 'string' ? [entry.name.toLowerCase()] : [])));
  const ids = new Set(listed.flatMap((entry) => Object.entries(entry).filter(([, value]) => typeof value === 'string').map(([key, value]) => `${String(entry.provider)}:${key}:${(value as string).toLowerCase()}`)));
  const added: MergedEntries['added'] = [];
  const present: string[] = [];
  for (const tenant of discovered) {
    const id = tenant.fields[tenant.idField]!;
    const key = `${tenant.provider}:${tenant.idField}:${id.toLowerCase()}`;
    if (ids.has(key)) {
      present.push(tenant.label);
      continue;
    }
    ids.add(key);
    const name = uniqueTenantName(safeTenantName(tenant.label, `${tenant.provider}-${id}`), names);
    const entry = doc.createNode({ name, provider: tenant.provider, ...tenant.fields, ...(tenant.auth ? { auth: tenant.auth } : {}) }) as YAMLMap;
    entry.commentBefore = commentLine(tenant.label);
    tenants.items.push(entry);
    added.push({ name, label: tenant.label });
  }
  return { text: doc.toString({ lineWidth: 0 }), added, present };
}
