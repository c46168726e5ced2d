import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { ClientCertificateCredential, ClientSecretCredential, type TokenCredential } from '@azure/identity';
import type { ConnectorRuntime } from '../../core/connector.js';
import { AuthError, ConfigError } from '../../core/errors.js';
import { boundedCall } from '../../transport/bounded-call.js';
import type { TokenSource } from './graph-middleware.js';
import type { M365TenantFields } from './config.js';

const REFRESH_MARGIN_MS = 120_000;
/** @azure/identity retries on its own; this bounds the whole token request. */
const TOKEN_TIMEOUT_MS = 60_000;

async function readSecretFile(path: string, runtime: ConnectorRuntime, field: string, tenant: string): Promise<string> {
  const full = isAbsolute(path) ? path : join(runtime.configDir, path);
  try {
    return (await readFile(full, 'utf8')).trim();
  } catch (error) {
    throw new ConfigError(`Tenant "${tenant}": cannot read ${field} file ${full} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, undefined, field);
  }
}

function readSecretEnv(name: string, runtime: ConnectorRuntime, field: string, tenant: string): string {
  const value = runtime.env[name];
  if (!value) throw new ConfigError(`Tenant "${tenant}": environment variable ${name} (named by ${field}) is not set`, undefined, field);
  return value;
}

async function credentialFor(tenant: M365TenantFields & { name: string }, authority: string, runtime: ConnectorRuntime): Promise<TokenCredential> {
  const { auth } = tenant;
  const options = { authorityHost: authority };
  if (auth.type === 'certificate') {
    const pem = auth.certificateFile
      ? await readSecretFile(auth.certificateFile, runtime, 'auth.certificateFile', tenant.name)
      : readSecretEnv(auth.certificateEnv!, runtime, 'auth.certificateEnv', tenant.name);
    const password = auth.certificatePasswordEnv ? readSecretEnv(auth.certificatePasswordEnv, runtime, 'auth.certificatePasswordEnv', tenant.name) : undefined;
    return new ClientCertificateCredential(tenant.tenantId, auth.clientId, { certificate: pem, ...(password ? { certificatePassword: password } : {}) }, options);
  }
  if (auth.type === 'secret') {
    const secret = auth.clientSecretFile
      ? await readSecretFile(auth.clientSecretFile, runtime, 'auth.clientSecretFile', tenant.name)
      : readSecretEnv(auth.clientSecretEnv!, runtime, 'auth.clientSecretEnv', tenant.name);
    return new ClientSecretCredential(tenant.tenantId, auth.clientId, secret, options);
  }
  throw new Error('unreachable: token auth has no credential');
}

/** Another API than Graph a token is wanted for: its audience, and the token variable that stands in for it. */
export interface TokenAudience {
  /** The resource whose /.default scope is asked for, e.g. https://outlook.office365.com (or an app id). */
  resource: string;
  /** With token auth: the config field naming this API's own token variable (it falls back to tokenEnv). */
  tokenField?: 'exchangeTokenEnv' | 'complianceTokenEnv' | 'fabricTokenEnv' | 'sharePointTokenEnv' | 'teamsTokenEnv' | 'powerPlatformTokenEnv';
}

/**
 * App-only tokens for the tenant's Graph endpoint, or for another Microsoft 365 API (audience), cached
 * until shortly before they expire.
 */
export function m365TokenSource(tenant: M365TenantFields & { name: string }, endpoints: { graph: string; authority: string }, runtime: ConnectorRuntime, audience?: TokenAudience): TokenSource {
  const { auth } = tenant;
  const resource = audience?.resource ?? endpoints.graph;
  if (auth.type === 'token') {
    const field = audience?.tokenField && auth[audience.tokenField] ? audience.tokenField : 'tokenEnv';
    return async () => readSecretEnv(auth[field]!, runtime, `auth.${field}`, tenant.name);
  }
  let credential: Promise<TokenCredential> | undefined;
  let cached: { token: string; expiresAt: number } | undefined;
  return async () => {
    if (cached && cached.expiresAt - REFRESH_MARGIN_MS > Date.now()) return cached.token;
    credential ??= credentialFor(tenant, endpoints.authority, runtime);
    try {
      const token = await boundedCall((await credential).getToken(`${resource}/.default`), TOKEN_TIMEOUT_MS, `token request to ${endpoints.authority}`);
      if (!token) throw new Error('no token returned');
      cached = { token: token.token, expiresAt: token.expiresOnTimestamp };
      return token.token;
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new AuthError(`Tenant "${tenant.name}": could not get an app-only token for ${resource} (${reason})`, { cause: error });
    }
  };
}
