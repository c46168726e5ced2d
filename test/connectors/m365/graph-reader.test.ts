import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it, vi } from 'vitest';
import authorizationPolicy from '../../../src/connectors/m365/collectors/authorization-policy.js';
import { GraphReader } from '../../../src/connectors/m365/graph-reader.js';
import { TransportError } from '../../../src/transport/transport-error.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { API_EXAMPLES, BASE, EXAMPLES_MISSING, TOKEN, batchRelay, readJson, testTransport, useStrictNock } from './graph-nock.js';

const state = useStrictNock();
const AUTH = { reqheaders: { authorization: `Bearer ${TOKEN}` } };

function reader(maxTries = 4) {
  const sleeps: number[] = [];
  const retries: [number, number][] = [];
  let tokenCalls = 0;
  const graph = new GraphReader({
    graphBase: BASE,
    token: async () => {
      tokenCalls++;
      return TOKEN;
    },
    transport: testTransport(maxTries, async (ms) => void sleeps.push(ms), (status, delay) => retries.push([status, delay])),
  });
  return { graph, sleeps, retries, tokenCalls: () => tokenCalls };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the read to fail');
}

describe('GraphReader paging', () => {
  it('follows @odata.nextLink across three pages, sending the token on each', async () => {
    const seen: string[] = [];
    nock(BASE, AUTH)
      .get('/v1.0/users')
      .query({ $select: 'id', $top: '2' })
      .reply(200, { value: [{ id: 'u1' }, { id: 'u2' }], '@odata.nextLink': `${BASE}/v1.0/users?$select=id&$top=2&$skiptoken=p2` })
      .get('/v1.0/users')
      .query({ $select: 'id', $top: '2', $skiptoken: 'p2' })
      .reply(200, { value: [{ id: 'u3' }, { id: 'u4' }], '@odata.nextLink': `${BASE}/v1.0/users?$select=id&$top=2&$skiptoken=p3` })
      .get('/v1.0/users')
      .query({ $select: 'id', $top: '2', $skiptoken: 'p3' })
      .reply(function () {
        seen.push(String(this.req.headers.authorization));
        return [200, { value: [{ id: 'u5' }] }];
      });
    const { graph } = reader();
    expect(await graph.list<{ id: string }>('/users?$select=id&$top=2')).toEqual([{ id: 'u1' }, { id: 'u2' }, { id: 'u3' }, { id: 'u4' }, { id: 'u5' }]);
    expect(seen).toEqual(['Bearer tok']);
    expect(graph.stats.httpRequests).toBe(3);
  });

  it('reads each page from the text the transport decoded, not from the Response a second time', async () => {
    nock(BASE, AUTH)
      .get('/v1.0/users')
      .query({ $select: 'id' })
      .reply(200, { value: [{ id: 'u1' }], '@odata.nextLink': `${BASE}/v1.0/users?$select=id&$skiptoken=p2` })
      .get('/v1.0/users')
      .query({ $select: 'id', $skiptoken: 'p2' })
      .reply(200, { value: [{ id: 'u2' }] });
    const text = vi.spyOn(Response.prototype, 'text');
    try {
      const { graph } = reader();
      expect(await graph.list<{ id: string }>('/users?$select=id')).toEqual([{ id: 'u1' }, { id: 'u2' }]);
      expect(text).not.toHaveBeenCalled();
    } finally {
      text.mockRestore();
    }
  });

  it('listMapped turns each page into rows when it arrives, before the next page is asked for', async () => {
    const mapped: string[] = [];
    nock(BASE, AUTH)
      .get('/v1.0/users')
      .query({ $top: '2' })
      .reply(200, { value: [{ id: 'u1' }, { id: 'u2' }], '@odata.nextLink': `${BASE}/v1.0/users?$top=2&$skiptoken=p2` })
      .get('/v1.0/users')
      .query({ $top: '2', $skiptoken: 'p2' })
      .reply(function () {
        mapped.push('page 2 asked');
        return [200, { value: [{ id: 'u3' }] }];
      });
    const { graph } = reader();
    const rows = await graph.listMapped('/users?$top=2', (items, offset) => {
      mapped.push(`mapped ${items.length} from ${offset}`);
      return (items as { id: string }[]).map((u, i) => `${offset + i}:${u.id}`);
    });
    expect(rows).toEqual(['0:u1', '1:u2', '2:u3']);
    expect(mapped).toEqual(['mapped 2 from 0', 'page 2 asked', 'mapped 1 from 2']);
  });

  it('keeps the version a nextLink names (beta stays beta)', async () => {
    nock(BASE, AUTH)
      .get('/beta/legacy/policies')
      .reply(200, { value: [{ id: 'a' }], '@odata.nextLink': `${BASE}/beta/legacy/policies?$skiptoken=b` })
      .get('/beta/legacy/policies')
      .query({ $skiptoken: 'b' })
      .reply(200, { value: [{ id: 'b' }] });
    const { graph } = reader();
    expect(await graph.list('/legacy/policies', 'beta')).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('refuses a nextLink to another host: not followed, and no token goes there', async () => {
    nock(BASE, AUTH)
      .get('/v1.0/users')
      .reply(200, { value: [{ id: 'u1' }], '@odata.nextLink': 'https://graph.attacker.example/v1.0/users?$skiptoken=p2' });
    // No mock for the other host: a request there would be an unmatched request and fail the test.
    const { graph, tokenCalls } = reader();
    const error = await failure(graph.list('/users'));
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ failure: 'foreign_origin' });
    expect((error as Error).message).toContain('https://graph.attacker.example');
    expect(tokenCalls()).toBe(1);
  });

  it('refuses a nextLink to the same host on another port or scheme', async () => {
    nock(BASE, AUTH)
      .get('/v1.0/domains')
      .reply(200, { value: [], '@odata.nextLink': 'http://graph.test.example/v1.0/domains?$skiptoken=x' })
      .get('/v1.0/groups')
      .reply(200, { value: [], '@odata.nextLink': 'https://graph.test.example:8443/v1.0/groups?$skiptoken=x' });
    const { graph } = reader();
    expect(await failure(graph.list('/domains'))).toMatchObject({ failure: 'foreign_origin' });
    expect(await failure(graph.list('/groups'))).toMatchObject({ failure: 'foreign_origin' });
  });

  it('never attaches the token to a request for another origin, even when asked to', async () => {
    const { graph, tokenCalls } = reader();
    const error = await failure(graph.get('https://graph.attacker.example/v1.0/me'));
    expect(String((error as Error).message)).toMatch(/Refusing to send a Graph token to https:\/\/graph\.attacker\.example/);
    expect(tokenCalls()).toBe(0);
  });

  it('reports a collection answer without "value" as a shape problem', async () => {
    nock(BASE, AUTH).get('/v1.0/domains').reply(200, { id: 'not-a-collection' });
    const { graph } = reader();
    const error = await failure(graph.list('/domains'));
    expect(error).toMatchObject({ graphCode: 'shape' });
    expect(toSectionError(error, { endpoints: ['GET /v1.0/domains'], permissions: ['Domain.Read.All'] })).toMatchObject({ code: 'shape', endpoint: 'GET /v1.0/domains' });
  });
});

describe('GraphReader $batch', () => {
  it('sends GETs issued in the same tick as ONE POST /v1.0/$batch, with the token', async () => {
    const posted: unknown[] = [];
    nock(BASE, AUTH)
      .post('/v1.0/$batch', (body) => {
        posted.push(body);
        return true;
      })
      .reply(200, {
        responses: [
          // Graph may answer in any order; ids tie answers to requests.
          { id: '3', status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: 'c' } },
          { id: '1', status: 200, headers: {}, body: { id: 'a' } },
          { id: '2', status: 200, body: { id: 'b' } },
        ],
      });
    const { graph } = reader();
    const answers = await Promise.all([graph.get('/policies/authorizationPolicy'), graph.get('/domains?$select=id'), graph.get('/organization', 'v1.0', { ConsistencyLevel: 'eventual' })]);
    expect(answers).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(posted).toEqual([
      {
        requests: [
          { id: '1', method: 'GET', url: '/policies/authorizationPolicy' },
          { id: '2', method: 'GET', url: '/domains?$select=id' },
          { id: '3', method: 'GET', url: '/organization', headers: { ConsistencyLevel: 'eventual' } },
        ],
      },
    ]);
    expect(graph.stats).toMatchObject({ httpRequests: 1, batchedRequests: 3 });
  });

  it('splits 25 same-tick GETs into two batches of at most 20', async () => {
    const sizes: number[] = [];
    nock(BASE, AUTH)
      .post('/v1.0/$batch')
      .times(2)
      .reply((_uri, body) => {
        const { requests } = body as { requests: { id: string; url: string }[] };
        sizes.push(requests.length);
        return [200, { responses: requests.map((r) => ({ id: r.id, status: 200, body: { url: r.url } })) }];
      });
    const { graph } = reader();
    const paths = Array.from({ length: 25 }, (_, i) => `/users/u${i}`);
    const answers = await Promise.all(paths.map((p) => graph.get<{ url: string }>(p)));
    expect(answers.map((a) => a.url)).toEqual(paths);
    expect(sizes).toEqual([20, 5]);
    expect(graph.stats.httpRequests).toBe(2);
  });

  it('keeps v1.0 and beta reads in separate batches (a lone one goes out as a plain GET)', async () => {
    const batch = batchRelay();
    nock(BASE, AUTH)
      .get('/v1.0/domains')
      .reply(200, { value: [] })
      .get('/v1.0/groupSettings')
      .reply(200, { value: [] })
      .get('/beta/legacy/policies')
      .reply(200, { value: [] });
    const { graph } = reader();
    await Promise.all([graph.get('/domains'), graph.get('/groupSettings'), graph.get('/legacy/policies', 'beta')]);
    expect(batch.sizes).toEqual([2]);
    expect(batch.authorizations).toEqual(['Bearer tok']);
    expect(batch.urls.sort()).toEqual(['/v1.0/domains', '/v1.0/groupSettings']);
  });

  it('retries only the sub-request Graph throttled inside a 200 batch, after its own Retry-After', async () => {
    const batch = batchRelay();
    nock(BASE, AUTH)
      .get('/v1.0/policies/authorizationPolicy')
      .reply(200, { allowInvitesFrom: 'everyone' })
      .get('/v1.0/domains')
      .reply(429, { error: { code: 'TooManyRequests', message: 'Too many requests' } }, { 'Retry-After': '7' })
      .get('/v1.0/domains')
      .reply(200, { value: [{ id: 'contoso.example' }] });
    const { graph, sleeps, retries } = reader();
    const [policy, domains] = await Promise.all([graph.get('/policies/authorizationPolicy'), graph.list('/domains')]);
    expect(policy).toEqual({ allowInvitesFrom: 'everyone' });
    expect(domains).toEqual([{ id: 'contoso.example' }]);
    expect(sleeps).toEqual([7000]);
    expect(retries).toEqual([[429, 7000]]);
    // One batch of two, then the throttled read alone (as a plain GET, not through the relay).
    expect(batch.sizes).toEqual([2]);
    expect(graph.stats).toMatchObject({ httpRequests: 2, batchedRequests: 2, retries: 1 });
  });

  it('re-batches several throttled sub-requests together after their waits', async () => {
    const batch = batchRelay();
    const throttled = { error: { code: 'TooManyRequests', message: 'slow down' } };
    nock(BASE, AUTH)
      .get('/v1.0/a')
      .reply(429, throttled, { 'Retry-After': '2' })
      .get('/v1.0/b')
      .reply(429, throttled, { 'Retry-After': '3' })
      .get('/v1.0/c')
      .reply(200, { n: 'c' })
      .get('/v1.0/a')
      .reply(200, { n: 'a' })
      .get('/v1.0/b')
      .reply(200, { n: 'b' });
    const { graph, sleeps } = reader();
    expect(await Promise.all([graph.get('/a'), graph.get('/b'), graph.get('/c')])).toEqual([{ n: 'a' }, { n: 'b' }, { n: 'c' }]);
    expect(sleeps.sort()).toEqual([2000, 3000]);
    expect(batch.sizes).toEqual([3, 2]);
  });

  it('gives up on a sub-request that stays throttled after maxTries in all (batch tries included)', async () => {
    const batch = batchRelay();
    // maxTries 3: one try inside the batch, then two as a lone GET; a fourth would be unmatched.
    nock(BASE, AUTH)
      .get('/v1.0/a')
      .reply(200, { n: 'a' })
      .get('/v1.0/b')
      .times(3)
      .reply(429, { error: { code: 'TooManyRequests', message: 'slow down' } });
    const { graph, sleeps } = reader(3);
    const [a, b] = await Promise.allSettled([graph.get('/a'), graph.get('/b')]);
    expect(a).toEqual({ status: 'fulfilled', value: { n: 'a' } });
    expect(b.status).toBe('rejected');
    const error = (b as PromiseRejectedResult).reason;
    expect(error).toMatchObject({ status: 429, graphCode: 'TooManyRequests' });
    expect(toSectionError(error, authorizationPolicy.spec)).toMatchObject({ code: 'throttled', httpStatus: 429 });
    // No Retry-After: backoff from one second.
    expect(sleeps).toEqual([1000, 1000]);
    expect(batch.sizes).toEqual([2]);
  });

  it.skipIf(EXAMPLES_MISSING)('accepts the documented $batch answer: sub-statuses, headers, errors and an inner nextLink', async () => {
    nock(BASE, AUTH).post('/v1.0/$batch').reply(200, readJson(join(API_EXAMPLES, 'v1.0_batch.json')) as nock.Body);
    const { graph } = reader();
    const results = await Promise.allSettled(['/me/memberOf?$top=1', '/me/planner/tasks', '/groups/x/events', '/me', '/users?$count=true'].map((p) => graph.get(p)));
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { value: [{ displayName: 'User Administrator' }] } });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { status: 403, graphCode: '' } });
    expect(results[2]).toMatchObject({ status: 'rejected', reason: { status: 403, graphCode: 'Authorization_RequestDenied' } });
    expect(results[3]).toMatchObject({ status: 'rejected', reason: { status: 405, graphCode: 'Request_BadRequest' } });
    expect(results[4]).toMatchObject({ status: 'fulfilled', value: { '@odata.count': 36 } });
  });

  it('fails every read in a batch the POST itself was refused for', async () => {
    nock(BASE, AUTH).post('/v1.0/$batch').reply(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } });
    const { graph } = reader();
    const results = await Promise.allSettled([graph.get('/a'), graph.get('/b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(results.map((r) => (r as PromiseRejectedResult).reason.status)).toEqual([403, 403]);
  });
});

describe('GraphReader retries on plain GETs', () => {
  it.skipIf(EXAMPLES_MISSING)('honours Retry-After on a 429 and then succeeds', async () => {
    nock(BASE, AUTH)
      .get('/v1.0/policies/authorizationPolicy')
      .reply(429, readJson(join(API_EXAMPLES, 'v1.0_error_429_throttled.json')) as nock.Body, { 'Retry-After': '10' })
      .get('/v1.0/policies/authorizationPolicy')
      .reply(200, { allowInvitesFrom: 'adminsAndGuestInviters' });
    const { graph, sleeps, retries } = reader();
    expect(await graph.get('/policies/authorizationPolicy')).toEqual({ allowInvitesFrom: 'adminsAndGuestInviters' });
    expect(sleeps).toEqual([10_000]);
    expect(retries).toEqual([[429, 10_000]]);
    expect(graph.stats.retries).toBe(1);
  });

  it('accepts Retry-After as an HTTP date', async () => {
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    nock(BASE, AUTH).get('/v1.0/domains').reply(429, '', { 'Retry-After': inFiveSeconds }).get('/v1.0/domains').reply(200, { value: [] });
    const { graph, sleeps } = reader();
    await graph.list('/domains');
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(2_000);
    expect(sleeps[0]).toBeLessThanOrEqual(5_000);
  });

  it('backs off exponentially without Retry-After, stops at maxTries and reports throttled', async () => {
    nock(BASE, AUTH)
      .get('/v1.0/policies/authorizationPolicy')
      .times(4)
      .reply(429, { error: { code: 'TooManyRequests', message: 'Too many requests' } });
    const { graph, sleeps } = reader(4);
    const error = await failure(graph.get('/policies/authorizationPolicy'));
    expect(error).toMatchObject({ status: 429, graphCode: 'TooManyRequests' });
    expect(sleeps).toEqual([1000, 2000, 4000]);
    expect(graph.stats.httpRequests).toBe(4);
    expect(graph.stats.retries).toBe(3);
    const section = toSectionError(error, authorizationPolicy.spec);
    expect(section).toMatchObject({ code: 'throttled', httpStatus: 429, endpoint: 'GET /v1.0/policies/authorizationPolicy' });
  });

  it('retries a 503 and then succeeds', async () => {
    nock(BASE, AUTH)
      .get('/v1.0/organization')
      .reply(503, { error: { code: 'serviceNotAvailable', message: 'Service unavailable' } })
      .get('/v1.0/organization')
      .reply(200, { value: [{ id: 'org' }] });
    const { graph, sleeps, retries } = reader();
    expect(await graph.list('/organization')).toEqual([{ id: 'org' }]);
    expect(sleeps).toEqual([1000]);
    expect(retries).toEqual([[503, 1000]]);
  });

  it('turns a 503 that outlasts the retries into a throttled section error', async () => {
    nock(BASE, AUTH).get('/v1.0/organization').times(2).reply(503, { error: { code: 'serviceNotAvailable', message: 'Service unavailable' } });
    const { graph, sleeps } = reader(2);
    const error = await failure(graph.list('/organization'));
    expect(sleeps).toEqual([1000]);
    expect(toSectionError(error, authorizationPolicy.spec)).toMatchObject({ code: 'throttled', httpStatus: 503 });
  });

  it('does not retry a 403 or a 404', async () => {
    nock(BASE, AUTH)
      .get('/v1.0/policies/authorizationPolicy')
      .reply(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } })
      .get('/v1.0/users/nobody')
      .reply(404, { error: { code: 'Request_ResourceNotFound', message: 'Resource not found' } });
    const { graph, sleeps } = reader();
    expect(await failure(graph.get('/policies/authorizationPolicy'))).toMatchObject({ status: 403 });
    expect(await failure(graph.get('/users/nobody'))).toMatchObject({ status: 404 });
    expect(sleeps).toEqual([]);
  });

  it('sends Authorization: Bearer <token> exactly', async () => {
    let header: unknown;
    nock(BASE)
      .get('/v1.0/domains')
      .reply(function () {
        header = this.req.headers.authorization;
        return [200, { value: [] }];
      });
    const { graph } = reader();
    await graph.list('/domains');
    expect(header).toBe(`Bearer ${TOKEN}`);
    expect(state.unmatched).toEqual([]);
  });
});

describe('GraphReader request concurrency', () => {
  it('keeps at most maxConcurrentRequests HTTP requests open for one tenant', async () => {
    let open = 0;
    let peak = 0;
    nock(BASE, AUTH)
      .get(/\/v1\.0\/users\/u\d+$/)
      .times(6)
      .reply(async function (uri) {
        open++;
        peak = Math.max(peak, open);
        await new Promise((resolve) => setTimeout(resolve, 15));
        open--;
        return [200, { id: uri.split('/').pop() }];
      });
    const graph = new GraphReader({ graphBase: BASE, token: async () => TOKEN, transport: testTransport(2), batchSize: 1, maxConcurrentRequests: 2 });
    const ids = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => graph.get<{ id: string }>(`/users/u${n}`).then((u) => u.id)));
    expect(ids).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    expect(peak).toBe(2);
  });
});
