import { createSign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Connection, OAuth2 } from 'jsforce';
import type { ConnectorRuntime } from '../../core/connector.js';
import { AuthError, ConfigError } from '../../core/errors.js';
import { boundedCall } from '../../transport/bounded-call.js';
import type { SalesforceTenantFields } from './config.js';

const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** Salesforce accepts a JWT whose exp is at most a few minutes ahead. */
const ASSERTION_LIFETIME_SECONDS = 180;
/** Re-signing more often than this in one run means the new tokens are refused too. */
const MAX_REFRESHES = 3;

function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

/** Builds the RS256 JWT bearer assertion: iss = consumer key, sub = username, aud = login host. */
export function signJwtAssertion(claims: { clientId: string; username: string; audience: string; nowSeconds: number }, privateKey: string): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ iss: claims.clientId, sub: claims.username, aud: claims.audience, exp: claims.nowSeconds + ASSERTION_LIFETIME_SECONDS }));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

/**
 * The JWT audience Salesforce accepts is https://login.salesforce.com, https://test.salesforce.com or an
 * Experience Cloud site URL, never a My Domain host: a My Domain login URL still posts to its own token
 * endpoint but asserts the production or sandbox audience.
 */
export function audienceOf(loginUrl: string): string {
  const trimmed = loginUrl.replace(/\/$/, '');
  let host: string;
  try {
    host = new URL(trimmed).hostname.toLowerCase();
  } catch {
    return trimmed;
  }
  if (host.endsWith('.my.salesforce.com')) {
    return host.endsWith('.sandbox.my.salesforce.com') ? 'https://test.salesforce.com' : 'https://login.salesforce.com';
  }
  return trimmed;
}

async function loadPrivateKey(auth: Extract<SalesforceTenantFields['auth'], { type: 'jwt' }>, runtime: ConnectorRuntime): Promise<string> {
  if (auth.privateKeyEnv) {
    const key = runtime.env[auth.privateKeyEnv];
    if (!key) throw new AuthError(`Environment variable ${auth.privateKeyEnv} (auth.privateKeyEnv) is not set: it must hold the PEM private key of the connected app's certificate.`);
    return key;
  }
  if (!auth.privateKeyFile) throw new ConfigError('Give auth.privateKeyFile or auth.privateKeyEnv.', undefined, 'auth.privateKeyFile');
  const path = resolve(runtime.configDir, auth.privateKeyFile);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new AuthError(`Could not read the private key file ${path} (auth.privateKeyFile): ${(error as Error).message}`);
  }
}

function describeTokenError(error: unknown): string {
  const err = error as { name?: string; message?: string };
  const text = `${err.name ?? ''}: ${err.message ?? String(error)}`;
  if (/hasn't approved|not approved/i.test(text)) {
    return `${text}. Pre-authorise the integration user on the connected app (Permitted Users: admin approved users are pre-authorized, plus its profile or permission set).`;
  }
  if (/invalid_client/i.test(text)) return `${text}. Check auth.clientId (the consumer key) and that the certificate uploaded to the app matches the private key.`;
  return text;
}

/** What the REST client needs of a login: where the org lives, its current token, and how to get a new one. */
export interface SalesforceSession {
  instanceUrl: string;
  accessToken(): string;
  /** Signs in again after Salesforce stopped accepting the session; absent for a fixed token. */
  renew?(): Promise<void>;
  /** The jsforce connection, for the one read only the Metadata API (SOAP) serves. */
  connection: Connection;
}

/** jsforce's OAuth calls have no timeout of their own. */
const LOGIN_TIMEOUT_MS = 60_000;

/**
 * Signs in to the org. JWT bearer issues no refresh token, so renew() signs a fresh assertion when
 * Salesforce answers INVALID_SESSION_ID, a bounded number of times per run.
 */
export async function openSession(tenant: SalesforceTenantFields, runtime: ConnectorRuntime): Promise<SalesforceSession> {
  const version = tenant.apiVersion;
  const { auth } = tenant;
  if (auth.type === 'token') {
    const accessToken = runtime.env[auth.tokenEnv];
    if (!accessToken) throw new AuthError(`Environment variable ${auth.tokenEnv} (auth.tokenEnv) is not set: it must hold a Salesforce access token.`);
    const instanceUrl = tenant.endpoints?.instanceUrl ?? auth.instanceUrl;
    if (!instanceUrl) throw new ConfigError('A token needs auth.instanceUrl.', undefined, 'auth.instanceUrl');
    const connection = new Connection({ instanceUrl, accessToken, version });
    return { instanceUrl, accessToken: () => accessToken, connection };
  }

  const privateKey = await loadPrivateKey(auth, runtime);
  const loginUrl = (tenant.endpoints?.loginUrl ?? auth.loginUrl).replace(/\/$/, '');
  const oauth2 = new OAuth2({ loginUrl, clientId: auth.clientId });
  const assertion = () => signJwtAssertion({ clientId: auth.clientId, username: auth.username, audience: audienceOf(auth.loginUrl), nowSeconds: Math.floor(Date.now() / 1000) }, privateKey);
  const conn = new Connection({ loginUrl, version, oauth2 });
  try {
    await boundedCall(conn.authorize({ grant_type: JWT_GRANT, assertion: assertion() }), LOGIN_TIMEOUT_MS, `POST ${loginUrl}/services/oauth2/token`);
  } catch (error) {
    throw new AuthError(`Salesforce refused the JWT bearer token request at ${loginUrl}: ${describeTokenError(error)}`);
  }
  if (tenant.endpoints?.instanceUrl) conn.instanceUrl = tenant.endpoints.instanceUrl;
  let renewals = 0;
  return {
    instanceUrl: conn.instanceUrl,
    accessToken: () => conn.accessToken ?? '',
    connection: conn,
    async renew() {
      renewals += 1;
      if (renewals > MAX_REFRESHES) throw new AuthError('Salesforce kept refusing freshly signed sessions (INVALID_SESSION_ID).');
      try {
        const res = await boundedCall(oauth2.requestToken({ grant_type: JWT_GRANT, assertion: assertion() }), LOGIN_TIMEOUT_MS, `POST ${loginUrl}/services/oauth2/token`);
        conn.accessToken = res.access_token;
      } catch (error) {
        throw new AuthError(`Salesforce refused a fresh JWT bearer token at ${loginUrl}: ${describeTokenError(error)}`);
      }
    },
  };
}
