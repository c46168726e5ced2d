import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import type { Provider } from '../core/model.js';
import { availableProviders } from '../connectors/registry.js';
import { closestWord } from './closest-word.js';

export const profileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'must be 1–80 letters, digits, dots, dashes or underscores');

/**
 * One named credential under `credentials:`: the provider it is for and the same fields as an inline
 * `auth:` of that provider (validated once merged into a tenant, by that provider's own auth schema).
 */
export const credentialProfileSchema = z.object({ provider: z.string().min(1) }).passthrough();

export const credentialProfilesSchema = z.record(profileName, credentialProfileSchema);

/** `defaults.auth`: the profile (or one profile per provider) a tenant without `auth:` uses. */
export const defaultAuthSchema = z.union([profileName, z.array(profileName).min(1)]);

/** How a tenant names a profile: `auth: msp-m365`, or `auth: { credentials: msp-gws, subject: … }` to add fields. */
export const credentialReferenceSchema = z.union([profileName, z.object({ credentials: profileName }).passthrough()]);

export type CredentialProfiles = z.infer<typeof credentialProfilesSchema>;

interface ProfileContext {
  file: string;
  profiles: CredentialProfiles;
  /** The default profile name per provider, from `defaults.auth`. */
  defaults: Partial<Record<Provider, string>>;
}

/** Where an auth field came from once a tenant's `auth:` is resolved: the profile it names, if any. */
export interface ResolvedAuth {
  auth: unknown;
  profile?: string;
  /** Fields of `auth` that the profile gave (problems in them are the profile's to fix). */
  fromProfile: ReadonlySet<string>;
}

function unknownProfile(name: string, context: ProfileContext, where: string, field: string): ConfigError {
  const names = Object.keys(context.profiles);
  const suggestion = closestWord(name, names);
  const hint = names.length === 0 ? 'the file has no credentials: section' : `known: ${names.join(', ')}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
  return new ConfigError(`${context.file}: ${where}: "${name}" is not a profile under credentials: (${hint})`, context.file, field);
}

/** Checks `defaults.auth` against the profiles and returns the default profile of each provider. */
export function defaultProfiles(file: string, profiles: CredentialProfiles, value: z.infer<typeof defaultAuthSchema> | undefined): Partial<Record<Provider, string>> {
  const names = value === undefined ? [] : typeof value === 'string' ? [value] : value;
  const byProvider: Partial<Record<Provider, string>> = {};
  names.forEach((name, index) => {
    const field = typeof value === 'string' ? 'defaults.auth' : `defaults.auth[${index}]`;
    const profile = profiles[name];
    if (!profile) throw unknownProfile(name, { file, profiles, defaults: {} }, field, field);
    const provider = profile.provider as Provider;
    const earlier = byProvider[provider];
    if (earlier) throw new ConfigError(`${file}: ${field}: "${name}" and "${earlier}" are both ${provider} profiles; give at most one default per provider`, file, field);
    byProvider[provider] = name;
  });
  return byProvider;
}

/** Checks every profile names a provider of this build (its fields are checked where a tenant uses it). */
export function profilesProblem(file: string, profiles: CredentialProfiles): ConfigError | undefined {
  const providers = availableProviders();
  for (const [name, profile] of Object.entries(profiles)) {
    if (!providers.includes(profile.provider as Provider)) {
      const field = `credentials.${name}.provider`;
      return new ConfigError(`${file}: ${field}: must be one of ${providers.join(', ')}`, file, field);
    }
  }
  return undefined;
}

/**
 * The auth a tenant entry uses: its inline `auth:` as written, or the named profile's fields (without
 * `provider`) plus the fields the entry adds, so connectors see exactly the shape of an inline auth.
 */
export function resolveAuth(entry: Record<string, unknown>, index: number, label: string, context: ProfileContext): ResolvedAuth {
  const provider = entry.provider as Provider;
  const written = entry.auth;
  const reference = typeof written === 'string' ? { name: written, extra: {} } : written && typeof written === 'object' && !Array.isArray(written) && 'credentials' in written ? splitReference(written as Record<string, unknown>) : undefined;
  const fromDefaults = written === undefined ? context.defaults[provider] : undefined;
  const name = reference?.name ?? fromDefaults;
  const field = `tenants[${index}].auth`;
  if (written === undefined && name === undefined) {
    throw new ConfigError(`${context.file}: ${label}: auth: Required: give an auth mapping, the name of a profile under credentials:, or a ${provider} profile in defaults.auth`, context.file, field);
  }
  if (name === undefined) return { auth: written, fromProfile: new Set() };
  const where = `${label}: auth${fromDefaults ? ' (from defaults.auth)' : ''}`;
  if (typeof name !== 'string') throw new ConfigError(`${context.file}: ${label}: auth.credentials: must name a profile under credentials:`, context.file, `${field}.credentials`);
  const profile = context.profiles[name];
  if (!profile) throw unknownProfile(name, context, where, fromDefaults ? 'defaults.auth' : field);
  if (profile.provider !== provider) {
    throw new ConfigError(`${context.file}: ${where}: credentials "${name}" are for provider ${profile.provider}, this tenant is ${provider}`, context.file, field);
  }
  const { provider: _provider, ...fields } = profile;
  const extra = reference?.extra ?? {};
  const twice = Object.keys(extra).filter((key) => key in fields);
  if (twice.length > 0) {
    throw new ConfigError(
      `${context.file}: ${label}: auth.${twice[0]}: set both here and in credentials.${name}; give each field in one place`,
      context.file,
      `${field}.${twice[0]}`,
    );
  }
  return { auth: { ...fields, ...extra }, profile: name, fromProfile: new Set(Object.keys(fields)) };
}

function splitReference(written: Record<string, unknown>): { name: unknown; extra: Record<string, unknown> } {
  const { credentials, ...extra } = written;
  return { name: credentials, extra };
}
