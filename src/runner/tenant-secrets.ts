import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ConnectorRuntime } from '../core/connector.js';
import type { Redactor } from '../redaction/redactor.js';

/** Fields of a credential file (a Google service account key, an OAuth client) that are secret. */
const SECRET_JSON_FIELDS = new Set(['private_key', 'private_key_id', 'client_secret', 'refresh_token', 'access_token', 'password']);

/** A credential file or variable holding JSON: its secret fields, each of which may be echoed alone. */
function secretsInside(value: string): string[] {
  const trimmed = value.trim();
  if (!trimmed.startsWith('{')) return [];
  try {
    const parsed = JSON.parse(trimmed) as Record<string, unknown>;
    return Object.entries(parsed).flatMap(([key, field]) => (SECRET_JSON_FIELDS.has(key) && typeof field === 'string' ? [field] : []));
  } catch {
    return [];
  }
}

function urlPassword(value: string): string[] {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return [];
  try {
    const { password } = new URL(value);
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}

async function fileContent(path: string, configDir: string): Promise<string | undefined> {
  try {
    return await readFile(isAbsolute(path) ? path : resolve(configDir, path), 'utf8');
  } catch {
    // The connector reports an unreadable key file itself; here it simply holds nothing to redact.
    return undefined;
  }
}

/**
 * The credentials a tenant entry points at, read the way the connectors read them: every `…Env` field
 * names an environment variable holding a secret, every `…File` field a file holding one (relative to
 * the config's folder), and a password in any endpoint URL is one too. A new credential field needs
 * nothing here as long as it follows that naming.
 */
export async function tenantSecrets(entry: unknown, runtime: Pick<ConnectorRuntime, 'configDir' | 'env'>): Promise<string[]> {
  const found: string[] = [];
  const visit = async (value: unknown, key: string | undefined): Promise<void> => {
    if (typeof value === 'string') {
      const held = key?.endsWith('Env') ? runtime.env[value] : key?.endsWith('File') ? await fileContent(value, runtime.configDir) : undefined;
      if (held) found.push(held, ...secretsInside(held));
      found.push(...urlPassword(value));
    } else if (Array.isArray(value)) {
      for (const item of value) await visit(item, undefined);
    } else if (value && typeof value === 'object') {
      for (const [field, item] of Object.entries(value)) await visit(item, field);
    }
  };
  await visit(entry, undefined);
  return found;
}

/** Teaches the run's redactor every tenant's credentials before anything is read. */
export async function registerTenantSecrets(redactor: Redactor, entries: readonly unknown[], runtime: Pick<ConnectorRuntime, 'configDir' | 'env'>): Promise<void> {
  for (const entry of entries) for (const secret of await tenantSecrets(entry, runtime)) redactor.add(secret);
}
