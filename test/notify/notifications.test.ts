import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditResults } from '../../src/core/results.js';
import { changeSummary } from '../../src/notify/change-summary.js';
import { notifyTarget } from '../../src/notify/payloads.js';
import { sendNotifications } from '../../src/notify/send-notifications.js';
import { createRedactor } from '../../src/redaction/redactor.js';
import { buildSampleResults } from '../report/sample-results.js';

/** A loopback webhook: answers each POST with the next status of `statuses` (then 200) and keeps the bodies. */
function receiver(statuses: number[] = []) {
  const bodies: { path: string; body: unknown }[] = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      bodies.push({ path: req.url ?? '', body: JSON.parse(text) as unknown });
      res.statusCode = statuses.shift() ?? 200;
      if (res.statusCode === 429) res.setHeader('retry-after', '0');
      res.end('ok');
    });
  });
  return {
    bodies,
    start: () => new Promise<string>((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const noSleep = async () => {};

function withOneCheckFixed(results: AuditResults): { previous: AuditResults; fixedId: string } {
  const tenant = results.tenants.find((t) => t.outcome === 'audited' && t.results.some((r) => r.status === 'pass'))!;
  const fixedId = tenant.results.find((r) => r.status === 'pass')!.checkId;
  const previous = structuredClone(results);
  const before = previous.tenants.find((t) => t.tenant.name === tenant.tenant.name)!;
  before.results = before.results.map((r) => (r.checkId === fixedId ? { ...r, status: 'fail' as const } : r));
  return { previous, fixedId };
}

describe('changeSummary', () => {
  const results = buildSampleResults();

  it('on a first run lists every unwaived failure and the tenants not audited', () => {
    const summary = changeSummary(results)!;
    const unwaived = results.tenants.flatMap((t) => t.results.filter((r) => r.status === 'fail' && !r.waiver));
    expect(summary.compared).toBe(false);
    expect(summary.newFailures).toHaveLength(unwaived.length);
    expect(summary.unaudited.map((u) => u.tenant.name)).toEqual(results.tenants.filter((t) => t.outcome === 'failed').map((t) => t.tenant.name));
  });

  it('against an earlier run lists only what changed, and nothing when nothing did', () => {
    const { previous, fixedId } = withOneCheckFixed(results);
    const summary = changeSummary(results, previous)!;
    expect(summary.newFailures).toEqual([]);
    expect(summary.fixed.map((f) => f.checkId)).toEqual([fixedId]);
    const allAudited = { ...results, tenants: results.tenants.filter((t) => t.outcome === 'audited') };
    expect(changeSummary(allAudited, allAudited)).toBeUndefined();
  });
});

describe('notifyTarget', () => {
  it.each([
    ['https://hooks.slack.com/services/T0/B0/x', 'slack'],
    ['https://contoso.webhook.office.com/webhookb2/x', 'teams'],
    ['https://prod-01.westeurope.logic.azure.com/workflows/x', 'teams'],
    ['https://siem.example.com/hook', 'json'],
    ['slack+http://127.0.0.1:9/x', 'slack'],
  ])('%s is %s', (url, kind) => {
    expect(notifyTarget(url).kind).toBe(kind);
  });
});

describe('sendNotifications to a loopback webhook', () => {
  const results = buildSampleResults();
  const summary = changeSummary(results)!;
  let hook: ReturnType<typeof receiver>;
  let base = '';
  afterEach(async () => hook.stop());

  describe('that answers', () => {
    beforeEach(async () => {
      hook = receiver([503, 429]);
      base = await hook.start();
    });

    it('retries 503 and 429 through the shared transport, then posts the generic JSON summary without evidence', async () => {
      const warnings: string[] = [];
      const delivered = await sendNotifications([`${base}/hook`], summary, { redactor: createRedactor(), warn: (m) => warnings.push(m), sleep: noSleep });
      expect(delivered).toBe(1);
      expect(warnings).toEqual([]);
      expect(hook.bodies).toHaveLength(3);
      const body = hook.bodies[2]!.body as { headline: string; newFailures: unknown[] };
      expect(body.headline).toMatch(/^tenant-audit: \d+ failures/);
      expect(body.newFailures).toHaveLength(summary.newFailures.length);
      const evidence = results.tenants.flatMap((t) => t.results.flatMap((r) => r.evidence.map((e) => e.name)));
      for (const name of evidence) expect(JSON.stringify(body)).not.toContain(name);
    });

    it('posts Slack Block Kit and a Teams Adaptive Card by URL prefix', async () => {
      await sendNotifications([`slack+${base}/slack`, `teams+${base}/teams`], summary, { redactor: createRedactor(), warn: () => {}, sleep: noSleep });
      const slack = hook.bodies.find((b) => b.path === '/slack')!.body as { text: string; blocks: { type: string }[] };
      expect(slack.blocks[0]!.type).toBe('header');
      expect(slack.blocks.slice(1).every((b) => b.type === 'section')).toBe(true);
      const teams = hook.bodies.find((b) => b.path === '/teams')!.body as { attachments: { contentType: string; content: { type: string; body: unknown[] } }[] };
      expect(teams.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(teams.attachments[0]!.content.type).toBe('AdaptiveCard');
    });
  });

  it('a webhook that keeps failing is a warning naming only its origin, never its secret path', async () => {
    hook = receiver([500, 500, 500, 500, 500, 500]);
    base = await hook.start();
    const warnings: string[] = [];
    const redactor = createRedactor();
    const delivered = await sendNotifications([`${base}/services/SECRET-TOKEN-1234567890`], summary, { redactor, warn: (m) => warnings.push(m), sleep: noSleep, limits: { maxTries: 2 } });
    expect(delivered).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(base);
    expect(warnings[0]).toContain('HTTP 500');
    expect(warnings[0]).not.toContain('SECRET-TOKEN');
    expect(redactor(`${base}/services/SECRET-TOKEN-1234567890`)).not.toContain('SECRET-TOKEN');
  });
});
