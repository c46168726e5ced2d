import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** One recorded answer: the request it answers and the body file it serves. */
export interface FixtureRoute {
  method: string;
  path: string;
  /** Query parameters that must match exactly; others are ignored. The most specific route wins. */
  query?: Record<string, string>;
  status?: number;
  headers?: Record<string, string>;
  /** A JSON (or text) file beside routes.json; {{baseUrl}} in it becomes the server's origin. */
  body?: string;
  /** Answer this route only this many times, then fall through to the next match (to replay a 429 once). */
  times?: number;
  /** For the admin APIs' POST …/InvokeCommand: the CmdletInput.CmdletName the body must name. */
  cmdlet?: string;
}

/**
 * Answers a request in place of the recorded routes (a test double's misbehaviour: resets, stalls,
 * redirects); returns false to let the routes answer.
 */
export type FixtureIntercept = (request: IncomingMessage, response: ServerResponse, url: URL, baseUrl: string) => boolean;

export interface RunningFixtureServer {
  baseUrl: string;
  requests: { method: string; url: string }[];
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The cmdlet an InvokeCommand body names, for routes that answer one cmdlet each. */
export function invokedCmdlet(body: string): string | undefined {
  try {
    const name = (JSON.parse(body) as { CmdletInput?: { CmdletName?: unknown } }).CmdletInput?.CmdletName;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

export function routeMatches(route: FixtureRoute, method: string, url: URL, cmdlet?: string): boolean {
  if (route.cmdlet !== undefined && route.cmdlet !== cmdlet) return false;
  if (route.method.toUpperCase() !== method.toUpperCase() || route.path !== decodeURIComponent(url.pathname)) return false;
  return Object.entries(route.query ?? {}).every(([key, value]) => url.searchParams.get(key) === value);
}

/**
 * Serves recorded provider API answers on loopback, for the demo and end-to-end tests. It also
 * answers Graph $batch by dispatching each sub-request to its own route, as Graph does.
 */
export async function startFixtureServer(folder: string, intercept?: FixtureIntercept): Promise<RunningFixtureServer> {
  const routes = JSON.parse(await readFile(join(folder, 'routes.json'), 'utf8')) as FixtureRoute[];
  const used = new Map<FixtureRoute, number>();
  const requests: RunningFixtureServer['requests'] = [];
  let baseUrl = '';

  async function answer(method: string, url: URL, cmdlet?: string): Promise<Answer> {
    const candidates = routes
      .filter((route) => routeMatches(route, method, url, cmdlet) && (route.times === undefined || (used.get(route) ?? 0) < route.times))
      .sort((a, b) => Object.keys(b.query ?? {}).length - Object.keys(a.query ?? {}).length);
    const route = candidates[0];
    if (!route) {
      return { status: 404, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 'Request_ResourceNotFound', message: `No recorded answer for ${method} ${url.pathname}${url.search}` } }) };
    }
    used.set(route, (used.get(route) ?? 0) + 1);
    const body = route.body ? (await readFile(join(folder, route.body), 'utf8')).replaceAll('{{baseUrl}}', baseUrl) : '';
    return { status: route.status ?? 200, headers: { 'content-type': 'application/json', ...route.headers }, body };
  }

  async function batch(request: IncomingMessage, version: string): Promise<Answer> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { requests: subs } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { requests: { id: string; method: string; url: string }[] };
    const responses = await Promise.all(
      subs.map(async (sub) => {
        const result = await answer(sub.method, new URL(`/${version}${sub.url.startsWith('/') ? '' : '/'}${sub.url}`, baseUrl));
        requests.push({ method: sub.method, url: `/${version}${sub.url} (in $batch)` });
        return { id: sub.id, status: result.status, headers: result.headers, body: result.body ? JSON.parse(result.body) : null };
      }),
    );
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) };
  }

  async function invokeCommand(request: IncomingMessage, url: URL): Promise<Answer> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return answer('POST', url, invokedCmdlet(Buffer.concat(chunks).toString('utf8')));
  }

  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', baseUrl);
    requests.push({ method: request.method ?? 'GET', url: url.pathname + url.search });
    if (intercept?.(request, response, url, baseUrl)) return;
    const batchMatch = /^\/(v1\.0|beta)\/\$batch$/.exec(url.pathname);
    const invoke = request.method === 'POST' && url.pathname.endsWith('/InvokeCommand');
    const pending = batchMatch && request.method === 'POST' ? batch(request, batchMatch[1]!) : invoke ? invokeCommand(request, url) : answer(request.method ?? 'GET', url);
    pending
      .then((result) => {
        response.writeHead(result.status, result.headers);
        response.end(result.body);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'fixtureServerError', message: String(error) } }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
