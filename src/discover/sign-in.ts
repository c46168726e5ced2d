import { resolve } from 'node:path';
import type { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import type { Provider } from '../core/model.js';
import { loadCredentialProfile } from '../config/load-credential-profile.js';
import { providerModule } from '../connectors/registry.js';

/** How `discover` signs in to the partner or reseller: a credentials profile of a tenants.yaml, or flags. */
export interface SignInFlags {
  config?: string;
  credentials?: string;
}

export interface SignIn {
  /** The partner's entry as a tenants.yaml entry would be after validation (what the connector reads). */
  entry: { name: string; provider: Provider } & Record<string, unknown>;
  configDir: string;
}

/**
 * Validates the partner's own entry with the provider's tenant schema: `auth` from `--credentials`
 * (a profile of `--config`, with `extraAuth` fields added) or from `flagAuth`. Errors name the flag or
 * the profile field at fault.
 */
export async function signIn(provider: Provider, flags: SignInFlags, fields: Record<string, unknown>, flagAuth: () => unknown, extraAuth: Record<string, unknown> = {}): Promise<SignIn> {
  let auth: unknown;
  let configDir = process.cwd();
  let source = 'the sign-in options';
  if (flags.credentials) {
    if (!flags.config) throw new ConfigError('--credentials names a profile of a tenants.yaml: give that file with --config', undefined, '--config');
    const profile = await loadCredentialProfile(flags.config, flags.credentials, provider);
    configDir = profile.configDir;
    const twice = Object.keys(extraAuth).find((key) => key in (profile.auth as Record<string, unknown>));
    if (twice) throw new ConfigError(`${flags.config}: credentials.${flags.credentials}.${twice} is set, and so is its flag; give it in one place`, flags.config, `credentials.${flags.credentials}.${twice}`);
    auth = { ...(profile.auth as Record<string, unknown>), ...extraAuth };
    source = `${flags.config}: credentials.${flags.credentials}`;
  } else {
    auth = flagAuth();
    if (flags.config) configDir = resolve(flags.config, '..');
  }
  const name = `${provider}-partner`;
  const parsed = (providerModule(provider).tenantFields as z.ZodTypeAny).safeParse({ ...fields, auth });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    throw new ConfigError(`${source}: ${path || '(auth)'}: ${issue.message}`, flags.config, path);
  }
  return { entry: { name, provider, ...(parsed.data as Record<string, unknown>) }, configDir };
}
