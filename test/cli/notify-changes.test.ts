import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reporter } from '../../src/cli/console-log.js';
import { notifyChanges } from '../../src/cli/notify-changes.js';
import { createRedactor } from '../../src/redaction/redactor.js';
import { buildSampleResults } from '../report/sample-results.js';

function recordingReporter() {
  const lines: string[] = [];
  const errors: string[] = [];
  const reporter: Reporter = { redactor: createRedactor(), line: (m) => lines.push(m), error: (m) => errors.push(m), tenantLog: () => ({ info: () => {}, warn: () => {} }) };
  return { reporter, lines, errors };
}

describe('audit --notify', () => {
  let dir = '';
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('posts once per webhook when something changed since --compare, and says so', async () => {
    const posts: string[] = [];
    const server = createServer((req, res) => {
      posts.push(req.url ?? '');
      req.resume();
      req.on('end', () => res.end());
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    closers.push(() => new Promise((done) => server.close(() => done())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-notify-'));
    const results = buildSampleResults();
    await writeFile(join(dir, 'last.json'), JSON.stringify({ ...results, tenants: results.tenants.filter((t) => t.outcome === 'audited').map((t) => ({ ...t, results: t.results.map((r) => ({ ...r, status: 'pass' })) })) }));
    const { reporter, lines, errors } = recordingReporter();
    await notifyChanges([`${base}/a`, `slack+${base}/b`], results, join(dir, 'last.json'), reporter);
    expect(posts.sort()).toEqual(['/a', '/b']);
    expect(errors).toEqual([]);
    expect(lines).toEqual(['  notify: 2 of 2 notifications delivered']);
  });

  it('sends nothing when nothing changed', async () => {
    const results = buildSampleResults();
    const audited = { ...results, tenants: results.tenants.filter((t) => t.outcome === 'audited') };
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-notify-'));
    await writeFile(join(dir, 'last.json'), JSON.stringify(audited));
    const { reporter, lines } = recordingReporter();
    await notifyChanges(['http://127.0.0.1:9/never'], audited, join(dir, 'last.json'), reporter);
    expect(lines).toEqual(['  notify: nothing changed; no notification sent']);
  });
});
