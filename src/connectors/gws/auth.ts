import { createSign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { JWT, OAuth2Client } from 'google-auth-library';
import type { ConnectorRuntime } from '../../core/connector.js';
import { AuthError, ConfigError } from '../../core/errors.js';
import { boundedCall } from '../../transport/bounded-call.js';
import type { GwsTenantFields } from './config.js';

export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const TOKEN_TIMEOUT_MS = 30_000;

interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  project_id?: string;
  client_id?: string;
}

export interface GwsAuth {
  client: OAuth2Client;
  /** Groups tenants that share a Cloud project (and so the Directory API quota). */
  quotaKey: string;
}

async function loadKey(auth: Extract<GwsTenantFields['auth'], { type: 'serviceAccount' }>, runtime: ConnectorRuntime): Promise<ServiceAccountKey> {
  let raw: string | undefined;
  if (auth.keyEnv) {
    raw = runtime.env[auth.keyEnv];
    if (!raw) throw new ConfigError(`Environment variable ${auth.keyEnv} (auth.keyEnv) is not set.`, undefined, 'auth.keyEnv');
  } else if (auth.keyFile) {
    const path = isAbsolute(auth.keyFile) ? auth.keyFile : resolve(runtime.configDir, auth.keyFile);
    try {
      raw = await readFile(path, 'utf8');
    } catch {
      throw new ConfigError(`Cannot read the service account key file ${path}.`, undefined, 'auth.keyFile');
    }
  }
  let key: Partial<ServiceAccountKey>;
  try {
    key = JSON.parse(raw ?? '') as Partial<ServiceAccountKey>;
  } catch {
    throw new ConfigError('The service account key is not valid JSON.', undefined, auth.keyEnv ? 'auth.keyEnv' : 'auth.keyFile');
  }
  if (!key.client_email || !key.private_key) throw new ConfigError('The service account key lacks client_email or private_key.', undefined, 'auth');
  return key as ServiceAccountKey;
}

function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

/** The JWT-bearer exchange done by hand, for a token endpoint override (test doubles, proxies). */
async function exchangeAssertion(key: ServiceAccountKey, subject: string, scopes: string[], tokenUrl: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = base64url(JSON.stringify({ iss: key.client_email, sub: subject, scope: scopes.join(' '), aud: GOOGLE_TOKEN_URL, iat: now, exp: now + 3600 }));
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${claims}`);
  const assertion = `${header}.${claims}.${base64url(signer.sign(key.private_key))}`;
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }).toString(),
    redirect: 'error',
    signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`${body.error ?? response.status}: ${body.error_description ?? 'token request failed'}`);
  return body.access_token;
}

function authFailure(subject: string, scopes: string[], cause: unknown): AuthError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const hint = /unauthorized_client/i.test(detail)
    ? `domain-wide delegation is not authorised for these scopes: ${scopes.join(',')}`
    : /invalid_grant/i.test(detail)
      ? `the subject ${subject} is not a user of this tenant, or the key was revoked`
      : 'check the service account key and domain-wide delegation';
  return new AuthError(`Google token request failed (${detail.split('\n')[0]}): ${hint}.`);
}

/** Builds the tenant's own auth client; throws AuthError/ConfigError when the tenant cannot be reached at all. */
export async function createGwsAuth(tenant: GwsTenantFields & { name: string }, runtime: ConnectorRuntime, scopes: string[]): Promise<GwsAuth> {
  const auth = tenant.auth;
  if (auth.type === 'token') {
    const token = runtime.env[auth.tokenEnv];
    if (!token) throw new ConfigError(`Environment variable ${auth.tokenEnv} (auth.tokenEnv) is not set.`, undefined, 'auth.tokenEnv');
    const client = new OAuth2Client();
    client.setCredentials({ access_token: token, expiry_date: Date.now() + 3600_000 });
    return { client, quotaKey: `token:${tenant.name}` };
  }
  const key = await loadKey(auth, runtime);
  const quotaKey = `project:${key.project_id ?? key.client_email}`;
  const tokenUrl = tenant.endpoints?.oauth2Token;
  if (tokenUrl) {
    let token: string;
    try {
      token = await exchangeAssertion(key, auth.subject, scopes, tokenUrl);
    } catch (error) {
      throw authFailure(auth.subject, scopes, error);
    }
    const client = new OAuth2Client();
    client.setCredentials({ access_token: token, expiry_date: Date.now() + 3500_000 });
    return { client, quotaKey };
  }
  const jwt = new JWT({ email: key.client_email, key: key.private_key, scopes, subject: auth.subject });
  try {
    await boundedCall(jwt.authorize(), TOKEN_TIMEOUT_MS, `POST ${GOOGLE_TOKEN_URL}`);
  } catch (error) {
    throw authFailure(auth.subject, scopes, error);
  }
  return { client: jwt, quotaKey };
}
