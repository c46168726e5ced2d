import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ConnectorRuntime } from '../core/connector.js';
import type { TenantConfig } from '../config/load-config.js';

type AuthFields = { type?: string; clientId?: string; keyFile?: string; keyEnv?: string; tokenEnv?: string };

/** The service account a Google JSON key belongs to; undefined when the key cannot be read here. */
async function serviceAccountEmail(auth: AuthFields, runtime: Pick<ConnectorRuntime, 'configDir' | 'env'>): Promise<string | undefined> {
  try {
    const text = auth.keyEnv ? runtime.env[auth.keyEnv] : auth.keyFile ? await readFile(isAbsolute(auth.keyFile) ? auth.keyFile : resolve(runtime.configDir, auth.keyFile), 'utf8') : undefined;
    const email = text ? (JSON.parse(text) as { client_email?: unknown }).client_email : undefined;
    return typeof email === 'string' ? email : undefined;
  } catch {
    // The connector reports an unreadable key itself; the tenant then shares a lane with its key's path.
    return undefined;
  }
}

/**
 * What the provider's quotas are counted against for this tenant, from its resolved auth: the Entra app
 * (client id) for Microsoft 365, the service account (client_email) for Google Workspace, the connected
 * app (consumer key) for Salesforce; a pre-obtained token is its own credential. Never a secret: only
 * identifiers and the names of the variables or files that hold secrets.
 */
export async function credentialKey(tenant: Pick<TenantConfig, 'provider' | 'entry'>, runtime: Pick<ConnectorRuntime, 'configDir' | 'env'>): Promise<string> {
  const auth = (tenant.entry.auth ?? {}) as AuthFields;
  if (auth.clientId) return `${tenant.provider}:client:${auth.clientId}`;
  if (auth.keyFile || auth.keyEnv) {
    const email = await serviceAccountEmail(auth, runtime);
    return email ? `${tenant.provider}:serviceAccount:${email}` : `${tenant.provider}:key:${auth.keyFile ?? `env:${auth.keyEnv}`}`;
  }
  if (auth.tokenEnv) return `${tenant.provider}:token:${auth.tokenEnv}`;
  return `${tenant.provider}:${auth.type ?? 'unknown'}`;
}
