import { readFile } from 'node:fs/promises';
import { describePath } from './issue-path.js';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { loadCatalog } from '../core/catalog.js';
import type { Check } from '../core/define-check.js';
import { ConfigError } from '../core/errors.js';
import type { Provider, Severity } from '../core/model.js';
import { DEFAULT_TENANT_SETTINGS, type TenantSettings } from '../core/tenant-settings.js';
import { availableProviders, providerModule } from '../connectors/registry.js';
import { defaultsCheckProblem, tenantCheckProblem } from './check-references.js';
import { configSchema, tenantSchema, type CheckFilter, type OwnerRule, type RunLimits, type Waiver } from './schema.js';
import { ownerRulesProblem } from './owner-rules.js';
import { defaultProfiles, profilesProblem, resolveAuth, type ResolvedAuth } from './credential-profiles.js';
import type { NotifyTargetInput } from './notify-targets.js';

export interface TenantConfig {
  name: string;
  provider: Provider;
  settings: TenantSettings;
  checks: CheckFilter;
  waivers: Waiver[];
  /** Named owners: the tenant's own rules, then the defaults'. */
  owners: OwnerRule[];
  /** The whole validated entry, provider-specific fields included, for the connector. */
  entry: { name: string; provider: Provider } & Record<string, unknown>;
}

export interface AuditConfig {
  file: string;
  dir: string;
  failOn?: Severity | 'none';
  concurrency?: number;
  /** `limits:` caps on tenants in flight per provider and per credential. */
  limits?: RunLimits;
  /** `notify:` webhooks, as written (a `urlEnv` is read when the audit runs). */
  notify?: NotifyTargetInput[];
  tenants: TenantConfig[];
}

/**
 * For a union (e.g. the auth types), the branch whose `type` matched is the one the user meant:
 * report its issue rather than zod's generic "Invalid input".
 */
function closestUnionIssue(issue: z.ZodIssue): z.ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const branches = issue.unionErrors.map((e) => e.issues).filter((issues) => issues.length > 0);
  // A branch of another JSON type (a string where an object was given) is not the one meant.
  const wrongType = (issues: z.ZodIssue[]) => issues.length === 1 && issues[0]!.code === 'invalid_type' && issues[0]!.path.length === issue.path.length;
  const sameType = branches.filter((issues) => !wrongType(issues));
  if (sameType.length === 0) {
    const expected = branches.map((issues) => (issues[0] as z.ZodInvalidTypeIssue).expected);
    return { ...issue, message: `must be ${expected.map((type) => (type === 'object' ? 'a mapping' : `a ${type}`)).join(' or ')}` };
  }
  if (sameType.length === 1) return closestUnionIssue(sameType[0]![0]!);
  const meant = branches.find((issues) => !issues.some((i) => i.code === 'invalid_literal' && i.path[i.path.length - 1] === 'type'));
  if (!meant) {
    const types = issue.unionErrors.flatMap((e) => e.issues).filter((i) => i.code === 'invalid_literal').map((i) => JSON.stringify((i as z.ZodInvalidLiteralIssue).expected));
    return { ...issue, path: [...issue.path, 'type'], message: `must be one of ${[...new Set(types)].join(', ')}` };
  }
  return closestUnionIssue(meant[0]!);
}

function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = closestUnionIssue(error.issues[0]!);
  if (issue.code === 'invalid_union_discriminator') {
    return { path: describePath(issue.path), message: `must be one of ${availableProviders().join(', ')}` };
  }
  if (issue.code === 'unrecognized_keys') {
    return { path: describePath(issue.path), message: `unknown field(s) ${issue.keys.join(', ')}` };
  }
  return { path: describePath(issue.path), message: issue.message };
}

/**
 * A problem in a field the tenant's credentials profile gave is the profile's to fix: name it there
 * (`credentials.msp-m365.clientId`), and the tenant that uses it.
 */
function profileField(path: string, message: string, resolved: ResolvedAuth): string | undefined {
  if (!resolved.profile) return undefined;
  const [head, key, ...rest] = path.split('.');
  if (head !== 'auth') return undefined;
  if (key !== undefined) return resolved.fromProfile.has(key.replace(/\[.*$/, '')) ? ['credentials', resolved.profile, key, ...rest].join('.') : undefined;
  const unknown = /^unknown field\(s\) (.+)$/.exec(message)?.[1]?.split(', ');
  return unknown?.every((field) => resolved.fromProfile.has(field)) ? `credentials.${resolved.profile}` : undefined;
}

function fieldPath(index: number, path: string): string {
  return path ? `tenants[${index}].${path}` : `tenants[${index}]`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads and validates tenants.yaml against the check catalog (the whole build's by default); every
 * error names the file, the tenant and the field.
 */
export async function loadConfig(file: string, catalog?: readonly Check[]): Promise<AuditConfig> {
  const full = resolve(file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  return parseConfig(text, file, catalog ?? (await loadCatalog()));
}

/**
 * Validates config text; `file` names it in errors and anchors relative key paths. Check ids,
 * prefixes and waivers must name checks of `catalog`, and every tenant must select at least one.
 */
export function parseConfig(text: string, file: string, catalog: readonly Check[]): AuditConfig {
  const full = resolve(file);
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    throw new ConfigError(`${file}: not valid YAML${where}: ${(error as Error).message.split('\n')[0]}`, file);
  }
  const top = configSchema().safeParse(raw);
  if (!top.success) {
    const { path, message } = firstIssue(top.error);
    throw new ConfigError(`${file}: ${path || '(top level)'}: ${message}`, file, path);
  }
  const defaults = top.data.defaults ?? {};
  const defaultsProblem = defaultsCheckProblem(defaults.checks, catalog);
  if (defaultsProblem) throw new ConfigError(`${file}: ${defaultsProblem.field}: ${defaultsProblem.message}`, file, defaultsProblem.field);
  const defaultOwners = ownerRulesProblem(defaults.owners, catalog);
  if (defaultOwners) throw new ConfigError(`${file}: defaults.${defaultOwners.field}: ${defaultOwners.message}`, file, `defaults.${defaultOwners.field}`);
  const profiles = top.data.credentials ?? {};
  const badProfile = profilesProblem(file, profiles);
  if (badProfile) throw badProfile;
  const profileContext = { file, profiles, defaults: defaultProfiles(file, profiles, defaults.auth) };
  const schema = tenantSchema();
  const seen = new Map<string, string>();
  const tenants = top.data.tenants.map((written, index): TenantConfig => {
    const label = typeof written === 'object' && written && 'name' in written ? `tenants[${index}] "${String((written as { name: unknown }).name)}"` : `tenants[${index}]`;
    const resolved: ResolvedAuth = isMapping(written) && typeof written.provider === 'string' && availableProviders().includes(written.provider as Provider) ? resolveAuth(written, index, label, profileContext) : { auth: undefined, fromProfile: new Set() };
    const entry = resolved.profile ? { ...(written as Record<string, unknown>), auth: resolved.auth } : written;
    const invalid = (error: z.ZodError): ConfigError => {
      const { path, message } = firstIssue(error);
      const inProfile = profileField(path, message, resolved);
      if (inProfile) return new ConfigError(`${file}: ${inProfile}: ${message} (used by ${label})`, file, inProfile);
      return new ConfigError(`${file}: ${label}: ${path || '(entry)'}: ${message}`, file, fieldPath(index, path));
    };
    const parsed = schema.safeParse(entry);
    if (!parsed.success) throw invalid(parsed.error);
    const refined = providerModule(parsed.data.provider as Provider).tenantFields.safeParse(entry);
    if (!refined.success) throw invalid(refined.error);
    const tenant = { ...parsed.data, ...refined.data } as { name: string; provider: Provider; settings?: Partial<TenantSettings>; checks?: CheckFilter; waivers?: Waiver[]; owners?: OwnerRule[] } & Record<string, unknown>;
    const other = seen.get(tenant.name.toLowerCase());
    if (other === tenant.name) throw new ConfigError(`${file}: ${label}: name: "${tenant.name}" is used by another tenant`, file, `tenants[${index}].name`);
    // Each tenant's files go under OUT/tenants/<name>/, one folder for both on a case-blind file system (macOS, Windows).
    if (other !== undefined) throw new ConfigError(`${file}: ${label}: name: "${tenant.name}" differs from tenant "${other}" only in case; give each tenant a name of its own`, file, `tenants[${index}].name`);
    seen.set(tenant.name.toLowerCase(), tenant.name);
    const problem = tenantCheckProblem({ provider: tenant.provider, own: tenant.checks, defaults: defaults.checks, waivers: tenant.waivers }, catalog);
    if (problem) throw new ConfigError(`${file}: ${label}: ${problem.field}: ${problem.message}`, file, fieldPath(index, problem.field));
    const ownersProblem = ownerRulesProblem(tenant.owners, catalog);
    if (ownersProblem) throw new ConfigError(`${file}: ${label}: ${ownersProblem.field}: ${ownersProblem.message}`, file, fieldPath(index, ownersProblem.field));
    return {
      name: tenant.name,
      provider: tenant.provider,
      settings: { ...DEFAULT_TENANT_SETTINGS, ...defaults.settings, ...tenant.settings },
      checks: {
        include: tenant.checks?.include ?? defaults.checks?.include,
        exclude: [...(defaults.checks?.exclude ?? []), ...(tenant.checks?.exclude ?? [])],
      },
      waivers: tenant.waivers ?? [],
      owners: [...(tenant.owners ?? []), ...(defaults.owners ?? [])],
      entry: tenant,
    };
  });
  return { file: full, dir: dirname(full), failOn: defaults.failOn, concurrency: defaults.concurrency, ...(top.data.limits ? { limits: top.data.limits } : {}), notify: top.data.notify ?? [], tenants };
}
