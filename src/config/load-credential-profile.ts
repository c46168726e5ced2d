import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import type { Provider } from '../core/model.js';
import { credentialProfilesSchema, profilesProblem, resolveAuth } from './credential-profiles.js';

/**
 * One profile under `credentials:` of a tenants.yaml, resolved into a provider's auth the way the loader
 * resolves a tenant's `auth: <name>`. The file needs no tenants yet: `discover` is how they get there.
 */
export async function loadCredentialProfile(file: string, name: string, provider: Provider): Promise<{ auth: unknown; configDir: string }> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(resolve(file), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: ${code ? `cannot read the config file (${code})` : `not valid YAML: ${(error as Error).message.split('\n')[0]}`}`, file);
  }
  const top = z.object({ credentials: credentialProfilesSchema.optional() }).passthrough().safeParse(raw);
  if (!top.success) {
    const issue = top.error.issues[0]!;
    const field = issue.path.join('.');
    throw new ConfigError(`${file}: ${field || '(top level)'}: ${issue.message}`, file, field);
  }
  const profiles = top.data.credentials ?? {};
  const bad = profilesProblem(file, profiles);
  if (bad) throw bad;
  try {
    return { auth: resolveAuth({ provider, auth: name }, 0, '--credentials', { file, profiles, defaults: {} }).auth, configDir: dirname(resolve(file)) };
  } catch (error) {
    throw error instanceof ConfigError ? new ConfigError(error.message, file, '--credentials') : error;
  }
}
