import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { Transport, type TransportOptions } from '../../src/transport/transport.js';
import { TransportError } from '../../src/transport/transport-error.js';
import { localServers } from './local-server.js';

const { serve } = localServers();

function transport(base: string, extra: Partial<TransportOptions> = {}) {
  const waits: number[] = [];
  const t = new Transport({ origins: [base], limits: { maxTries: 3, headersTimeoutMs: 200, idleTimeoutMs: 200 }, sleep: async (ms) => void waits.push(ms), random: () => 1, ...extra });
  return { t, waits };
}

const failureOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe('Transport', () => {
  it('refuses a request to another origin without sending it', async () => {
    const other = await serve((_q, r) => r.end('{}'));
    const { t } = transport('https://api.example.test');
    expect(await failureOf(t.request({ url: `${other.base}/x`, headers: { authorization: 'Bearer secret' } }))).toMatchObject({ failure: 'foreign_origin' });
    expect(other.seen).toHaveLength(0);
  });

  it('follows a redirect within the origin, keeping the request', async () => {
    const api = await serve((req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { location: '/new' });
        res.end();
      } else res.end(JSON.stringify({ at: req.url, auth: req.headers.authorization }));
    });
    const { t } = transport(api.base);
    const answer = await t.request({ url: `${api.base}/old`, headers: { authorization: 'Bearer a' } });
    expect(JSON.parse(answer.text)).toEqual({ at: '/new', auth: 'Bearer a' });
  });

  it('refuses a redirect whose Location is not a URL, saying so, and does not retry it', async () => {
    const api = await serve((_req, res) => {
      res.writeHead(302, { location: 'http://bad host/' });
      res.end();
    });
    const { t, waits } = transport(api.base);
    expect(await failureOf(t.request({ url: `${api.base}/x` }))).toMatchObject({ failure: 'redirect_refused', httpStatus: 302, message: 'GET /x redirected to a Location that is not a URL; not followed' });
    expect(api.seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a read-only POST but never a plain one', async () => {
    let posts = 0;
    const api = await serve((_req, res) => {
      posts++;
      res.writeHead(503);
      res.end();
    });
    const { t } = transport(api.base);
    expect((await t.request({ url: `${api.base}/$batch`, method: 'POST', body: '{}', readOnlyPost: true })).status).toBe(503);
    expect(posts).toBe(3);
    posts = 0;
    expect((await t.request({ url: `${api.base}/other`, method: 'POST', body: '{}' })).status).toBe(503);
    expect(posts).toBe(1);
  });

  it('gives up rather than wait past the tenant deadline', async () => {
    const api = await serve((_req, res) => {
      res.writeHead(429, { 'retry-after': '60' });
      res.end();
    });
    const { t, waits } = transport(api.base, { deadlineAt: Date.now() + 10_000 });
    expect(await failureOf(t.request({ url: `${api.base}/x` }))).toMatchObject({ failure: 'deadline', httpStatus: 429 });
    expect(waits).toEqual([]);
  });

  it('ends at once when the tenant signal aborts', async () => {
    const api = await serve(() => undefined);
    const stop = new AbortController();
    const { t } = transport(api.base, { signal: stop.signal, limits: { headersTimeoutMs: 60_000 } });
    const pending = failureOf(t.request({ url: `${api.base}/hang` }));
    setTimeout(() => stop.abort(), 20);
    const error = await pending;
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ failure: 'aborted' });
  });

  it('tells the run every credential it carries, once', async () => {
    const api = await serve((_q, r) => r.end('{}'));
    const learnt: string[] = [];
    const { t } = transport(api.base, { onCredential: (s) => learnt.push(s) });
    await t.request({ url: `${api.base}/a`, headers: { Authorization: 'Bearer tok-1' } });
    await t.request({ url: `${api.base}/b`, headers: { Authorization: 'Bearer tok-1' } });
    await t.request({ url: `${api.base}/c`, headers: { authorization: 'Bearer tok-2' } });
    expect(learnt).toEqual(['tok-1', 'tok-2']);
  });

  it('keeps reading a body whose chunks each come within the idle limit, and stops at the first silence past it', async () => {
    const drip = (chunks: number, gapMs: number) => (_q: IncomingMessage, r: ServerResponse) => {
      r.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const next = () => {
        if (sent === chunks) return void r.end('1]');
        r.write(sent++ === 0 ? '[' : '1,');
        setTimeout(next, gapMs);
      };
      next();
    };
    const limits = { maxTries: 1, headersTimeoutMs: 1_000, idleTimeoutMs: 400 };
    const steady = await serve(drip(6, 100));
    const answer = await new Transport({ origins: [steady.base], limits, sleep: async () => {} }).request({ url: `${steady.base}/x` });
    expect(answer.text).toBe('[1,1,1,1,1,1]');
    const stalled = await serve(drip(2, 1_500));
    expect(await failureOf(new Transport({ origins: [stalled.base], limits, sleep: async () => {} }).request({ url: `${stalled.base}/x` }))).toMatchObject({ failure: 'timeout', message: expect.stringContaining('no data within 0.4 s') });
  });

  it('honours a smaller per-request try budget', async () => {
    let hits = 0;
    const api = await serve((_req, res) => {
      hits++;
      res.writeHead(500);
      res.end();
    });
    const { t } = transport(api.base);
    await t.request({ url: `${api.base}/x`, maxTries: 1 });
    expect(hits).toBe(1);
  });
});
