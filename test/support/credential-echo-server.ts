import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEMO_FIXTURES } from '../../src/demo/demo-tenants.js';

export interface EchoServerOptions {
  /** Planted secrets every error body repeats, as a careless API (or proxy) would. */
  echoed: string[];
  /** A password the echoes put into a URL's user-info. */
  urlPassword: string;
  /** What the token endpoints hand out. */
  tokens: { google: string; salesforceSession: string; salesforceOrgId: string };
}

export interface RunningEchoServer {
  baseUrl: string;
  /** What the error bodies repeat; a test may change it between runs. */
  echoed: string[];
  /** The Authorization header of every request, in arrival order ($batch sub-requests share their POST's). */
  authorizations: string[];
  /** Bodies POSTed to the token endpoints. */
  tokenRequests: string[];
  close(): Promise<void>;
}

/** Recognisable in outputs, so a test knows the echoes reached them (redacted) rather than being dropped. */
export const ECHO_MARK = 'ECHO-MARK';
/** Escape sequences and a bidi override in what the API says: a terminal must never receive them raw. */
export const TERMINAL_TRAP = '\x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x1b[2J \u202Edesrever\u202C';

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One loopback double for all three providers whose every refusal echoes the request's Authorization
 * header, the bare token, the planted secrets, a URL with a password and terminal escape sequences.
 * It grants tokens (Google's JWT-bearer exchange, Salesforce's JWT bearer flow) and answers the
 * Microsoft 365 and Salesforce organization reads (so the connectors get to their sections); the rest is refused
 * in the provider's own error shape. Token endpoints under /refused/ refuse, echoing the same.
 */
export async function startCredentialEchoServer(options: EchoServerOptions): Promise<RunningEchoServer> {
  const organization = await readFile(join(DEMO_FIXTURES, 'm365-contoso', 'organization.json'), 'utf8');
  const org = await readFile(join(DEMO_FIXTURES, 'salesforce-acme', '01-organization.json'), 'utf8');
  const authorizations: string[] = [];
  const tokenRequests: string[] = [];
  let baseUrl = '';

  const echo = (authorization: string, extra = '') =>
    [
      `${ECHO_MARK} ${TERMINAL_TRAP}`,
      `request headers: Authorization: ${authorization}`,
      `token: ${authorization.replace(/^Bearer\s+/i, '')}`,
      `retry against http://audit:${options.urlPassword}@127.0.0.1/`,
      extra,
      ...options.echoed,
    ].join(' | ');

  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const graphError = (authorization: string) => ({ error: { code: 'Authorization_RequestDenied', message: echo(authorization) } });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', baseUrl);
    const authorization = String(request.headers.authorization ?? '');
    authorizations.push(authorization);
    const body = request.method === 'POST' ? await bodyOf(request) : '';
    const path = url.pathname;

    if (path.endsWith('/token') && request.method === 'POST') {
      tokenRequests.push(body);
      const refused = path.startsWith('/refused/');
      // Refusals echo the request body: the signed assertion, or a client secret.
      if (refused) return json(response, 400, { error: 'invalid_grant', error_description: echo(authorization, `body ${body}`) });
      if (path === '/token') return json(response, 200, { access_token: options.tokens.google, expires_in: 3599, token_type: 'Bearer' });
      return json(response, 200, {
        access_token: options.tokens.salesforceSession,
        instance_url: baseUrl,
        id: `${baseUrl}/id/${options.tokens.salesforceOrgId}/0055g00000ABCDeAAF`,
        token_type: 'Bearer',
        issued_at: String(Date.now()),
        scope: 'api',
      });
    }
    if (path === '/v1.0/organization') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(organization);
    }
    if (/^\/(v1\.0|beta)\/\$batch$/.test(path)) {
      const { requests } = JSON.parse(body) as { requests: { id: string; url: string }[] };
      return json(response, 200, {
        responses: requests.map((sub) =>
          sub.url.replace(/^\//, '').startsWith('organization')
            ? { id: sub.id, status: 200, headers: { 'content-type': 'application/json' }, body: JSON.parse(organization) as unknown }
            : { id: sub.id, status: 403, headers: { 'content-type': 'application/json' }, body: graphError(authorization) },
        ),
      });
    }
    if (/^\/(v1\.0|beta)\//.test(path)) return json(response, 403, graphError(authorization));
    if (/^\/services\/data\/v[\d.]+\/query$/.test(path) && /FROM Organization$/.test(url.searchParams.get('q') ?? '')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(org);
    }
    if (path.startsWith('/services/')) return json(response, 403, [{ message: echo(authorization), errorCode: 'INSUFFICIENT_ACCESS' }]);
    return json(response, 403, { error: { code: 403, message: echo(authorization), status: 'PERMISSION_DENIED', errors: [{ reason: 'forbidden', message: echo(authorization), domain: 'global' }] } });
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => json(response, 500, { error: { code: 'doubleFailed', message: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    echoed: options.echoed,
    authorizations,
    tokenRequests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
