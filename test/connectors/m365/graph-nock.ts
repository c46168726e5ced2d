import type { M365ServiceClients } from '../../../src/connectors/m365/service-clients.js';
import { Transport } from '../../../src/transport/transport.js';
import { invokedCmdlet, routeMatches, type FixtureRoute } from '../../../src/demo/fixture-server.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';

export const BASE = 'https://graph.test.example';
export const TOKEN = 'tok';

/** The repository root (test/connectors/m365 → ../../..). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
/** Documented Graph answers; CI has ../shared beside the clone (TENANT_AUDIT_SHARED overrides where it is). */
export const API_EXAMPLES = join(process.env.TENANT_AUDIT_SHARED ?? join(REPO_ROOT, '..', 'shared'), 'api-examples', 'm365');

/**
 * A clone on its own (no ../shared beside it) skips the comparisons with the documented examples and
 * says so; under CI they always run, so a missing folder fails there instead of passing quietly.
 */
export const EXAMPLES_MISSING = !existsSync(API_EXAMPLES) && !process.env.CI;
if (EXAMPLES_MISSING) process.stderr.write(`note: ${API_EXAMPLES} not found: comparisons with the documented Graph examples are skipped\n`);

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Strict nock for one test file: no real network, and after each test every mock was used and no
 * request went unmatched (a $batch sub-request relayed by `batchRelay` counts as a request too).
 */
export function useStrictNock(): { unmatched: string[] } {
  const state = { unmatched: [] as string[] };
  const onNoMatch = (req: { method?: string; path?: string; href?: string; url?: string }) => {
    state.unmatched.push(`${req.method ?? '?'} ${req.href ?? req.url ?? req.path ?? '?'}`);
  };
  beforeEach(() => {
    nock.disableNetConnect();
    state.unmatched.length = 0;
    nock.emitter.on('no match', onNoMatch);
  });
  afterEach(() => {
    nock.emitter.removeListener('no match', onNoMatch);
    const done = nock.isDone();
    const pending = nock.pendingMocks();
    const unmatched = [...state.unmatched];
    nock.cleanAll();
    nock.enableNetConnect();
    expect(pending, 'unused mocks').toEqual([]);
    expect(done, 'nock.isDone()').toBe(true);
    expect(unmatched, 'requests no mock answered').toEqual([]);
  });
  return state;
}

interface BatchBody {
  requests: { id: string; method: string; url: string; headers?: Record<string, string> }[];
}

export interface BatchLog {
  /** Sub-requests per $batch POST, in the order the POSTs arrived. */
  sizes: number[];
  /** Every relayed sub-request as "/version/url". */
  urls: string[];
  /** The Authorization header each $batch POST carried. */
  authorizations: (string | undefined)[];
}

/**
 * Answers POST /{version}/$batch the way Graph does, by sending each sub-request on to the mocks for
 * its own URL (through nock again), so a sub-request nobody mocked is an unmatched request and every
 * individual mock still has to be used. Sub-response headers (Retry-After) are passed through.
 */
export function batchRelay(base: string = BASE, version: 'v1.0' | 'beta' = 'v1.0'): BatchLog {
  const log: BatchLog = { sizes: [], urls: [], authorizations: [] };
  nock(base)
    .persist()
    .post(`/${version}/$batch`)
    .reply(async function (_uri, body) {
      const { requests } = body as BatchBody;
      const authorization = this.req.headers.authorization as string | undefined;
      log.sizes.push(requests.length);
      log.authorizations.push(authorization);
      const responses = await Promise.all(
        requests.map(async (sub) => {
          const url = `/${version}${sub.url.startsWith('/') ? '' : '/'}${sub.url}`;
          log.urls.push(url);
          const headers: Record<string, string> = { ...sub.headers };
          if (authorization) headers.authorization = authorization;
          try {
            const response = await fetch(`${base}${url}`, { method: sub.method, headers });
            const text = await response.text();
            const out: Record<string, string> = {};
            response.headers.forEach((value, key) => (out[key] = value));
            return { id: sub.id, status: response.status, headers: out, body: text ? (JSON.parse(text) as unknown) : null };
          } catch (error) {
            // Unmatched: nock has already reported it through 'no match'.
            return { id: sub.id, status: 599, headers: {}, body: { error: { code: 'unmatchedInTest', message: String(error) } } };
          }
        }),
      );
      return [200, { responses }, { 'content-type': 'application/json' }];
    });
  return log;
}

/** Tries and waits of a fake runtime, so no test sleeps. */
export function fakeRuntime(env: Record<string, string> = { T: TOKEN }, maxTries = 4) {
  const sleeps: number[] = [];
  return {
    sleeps,
    runtime: { configDir: '/nonexistent-config-dir', env, sleep: async (ms: number) => void sleeps.push(ms), maxTries, random: () => 1 },
  };
}

export const silentLog = { info() {}, warn() {} };

/** A documented Graph error body, as Graph answers a denied read. */
export function graphError(code: string, message: string) {
  return { error: { code, message, innerError: { date: '2026-01-12T08:00:00', 'request-id': '00000000-0000-4000-8000-000000000001', 'client-request-id': '00000000-0000-4000-8000-000000000002' } } };
}

export interface MountedFixtures {
  routes: FixtureRoute[];
  /** How often each route answered, by index in routes.json. */
  hits: number[];
  /** Requests no route answered (answered 404 as the demo server does). */
  unrouted: string[];
  /** Sub-requests per $batch POST. */
  batchSizes: number[];
  /** Every distinct Authorization header the mounted host received. */
  authorizations: Set<string>;
}

/**
 * Serves a demo folder's routes.json through nock with the demo fixture server's rules (listed query
 * parameters must match, the most specific route wins, `times` limits a route, $batch dispatches each
 * sub-request to its own route), so the connector reads the recorded bodies without any socket.
 */
export function mountFixtureRoutes(folder: string, base: string = BASE): MountedFixtures {
  const routes = readJson(join(folder, 'routes.json')) as FixtureRoute[];
  const mounted: MountedFixtures = { routes, hits: routes.map(() => 0), unrouted: [], batchSizes: [], authorizations: new Set() };

  const answer = (method: string, url: URL, cmdlet?: string) => {
    const candidates = routes
      .map((route, index) => ({ route, index }))
      .filter(({ route, index }) => routeMatches(route, method, url, cmdlet) && (route.times === undefined || mounted.hits[index]! < route.times))
      .sort((a, b) => Object.keys(b.route.query ?? {}).length - Object.keys(a.route.query ?? {}).length);
    const found = candidates[0];
    if (!found) {
      mounted.unrouted.push(`${method} ${url.pathname}${url.search}${cmdlet ? ` ${cmdlet}` : ''}`);
      return { status: 404, headers: {}, body: { error: { code: 'Request_ResourceNotFound', message: `No recorded answer for ${url.pathname}` } } as unknown };
    }
    mounted.hits[found.index]!++;
    const text = found.route.body ? readFileSync(join(folder, found.route.body), 'utf8').replaceAll('{{baseUrl}}', base) : '';
    return { status: found.route.status ?? 200, headers: found.route.headers ?? {}, body: text ? (JSON.parse(text) as unknown) : null };
  };

  nock(base)
    .persist()
    .get(() => true)
    .query(true)
    .reply(function (uri) {
      mounted.authorizations.add(String(this.req.headers.authorization));
      const result = answer('GET', new URL(uri, base));
      return [result.status, JSON.stringify(result.body), { 'content-type': 'application/json', ...result.headers }];
    })
    .post(/\/InvokeCommand(\?|$)/)
    .query(true)
    .reply(function (uri, body) {
      mounted.authorizations.add(String(this.req.headers.authorization));
      const result = answer('POST', new URL(uri, base), invokedCmdlet(JSON.stringify(body)));
      return [result.status, JSON.stringify(result.body), { 'content-type': 'application/json', ...result.headers }];
    })
    .post(/\/listTenantSettings(\?|$)/)
    .query(true)
    .reply(function (uri) {
      mounted.authorizations.add(String(this.req.headers.authorization));
      const result = answer('POST', new URL(uri, base));
      return [result.status, JSON.stringify(result.body), { 'content-type': 'application/json', ...result.headers }];
    })
    .post(/^\/(v1\.0|beta)\/\$batch$/)
    .reply(function (uri, body) {
      mounted.authorizations.add(String(this.req.headers.authorization));
      const version = uri.split('/')[1]!;
      const { requests } = body as BatchBody;
      mounted.batchSizes.push(requests.length);
      const responses = requests.map((sub) => {
        const result = answer(sub.method, new URL(`/${version}${sub.url.startsWith('/') ? '' : '/'}${sub.url}`, base));
        return { id: sub.id, status: result.status, headers: { 'Content-Type': 'application/json', ...result.headers }, body: result.body };
      });
      return [200, { responses }, { 'content-type': 'application/json' }];
    });
  return mounted;
}

/** A transport to the test Graph origin whose waits are recorded, never slept, and free of jitter. */
export function testTransport(maxTries = 4, sleep: (ms: number) => Promise<void> = async () => undefined, onRetry?: (status: number, waitMs: number) => void): Transport {
  return new Transport({ origins: [BASE], limits: { maxTries }, sleep, random: () => 1, onRetry: (r) => r.status && onRetry?.(r.status, r.waitMs) });
}

/** A subscribedSkus answer with one SKU holding the given service plans (AAD_PREMIUM, AAD_PREMIUM_P2, …). */
export function skuAnswer(servicePlans: string[]) {
  return { value: [{ skuId: '00000000-0000-4000-8000-0000000000aa', skuPartNumber: 'SKU', capabilityStatus: 'Enabled', servicePlans: servicePlans.map((servicePlanName) => ({ servicePlanName, provisioningStatus: 'Success' })) }] };
}

/** The organization and licence reads every collection starts with; licence-gated collectors follow the answer. */
export function withLicences(tenantId: string, answer: unknown, status = 200): nock.Scope {
  return nock(BASE, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
    .get('/v1.0/organization')
    .query(true)
    .reply(200, { value: [{ id: tenantId, displayName: 'Contoso', verifiedDomains: [] }] })
    .get('/v1.0/subscribedSkus')
    .query(true)
    .reply(status, answer as nock.Body);
}

/** Service clients for a collector test that reads only Graph: any use is a test failure. */
export const NO_SERVICES: M365ServiceClients = {
  exchange: () => {
    throw new Error('this test reads no Exchange Online section');
  },
  compliance: async () => {
    throw new Error('this test reads no Security & Compliance section');
  },
  fabric: () => {
    throw new Error('this test reads no Fabric section');
  },
  powerPlatform: () => {
    throw new Error('this test reads no Power Platform section');
  },
  sharePointAdmin: () => {
    throw new Error('this test reads no SharePoint admin section');
  },
  teams: () => {
    throw new Error('this test reads no Teams section');
  },
};

/** The error a promise rejects with; fails the test when it resolves. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
