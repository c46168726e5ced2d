import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { Provider, Status } from '../../src/core/model.js';
import type { AuditResults } from '../../src/core/results.js';
import type { DemoEnvironment } from '../../src/demo/demo-tenants.js';
import { runCli, type CliRun } from '../cli/run-cli.js';

/** Every demo environment the CLI starts, so the test can read its servers' request logs afterwards. */
const started = vi.hoisted(() => [] as { env: DemoEnvironment; closed: boolean }[]);

vi.mock('../../src/demo/demo-tenants.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/demo/demo-tenants.js')>();
  return {
    ...original,
    startDemoTenants: async (...args: Parameters<typeof original.startDemoTenants>) => {
      const env = await original.startDemoTenants(...args);
      const record = { env, closed: false };
      started.push(record);
      return {
        ...env,
        close: async () => {
          await env.close();
          record.closed = true;
        },
      };
    },
  };
});

/** Resolves true when something answers on the URL, false when the connection is refused. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET', timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

describe('tenant-audit demo, end to end', () => {
  let out: string;
  let run: CliRun;
  let results: AuditResults;
  let html: string;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'tenant-audit-demo-'));
    run = await runCli(['demo', '--out', out]);
    results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as AuditResults;
    html = await readFile(join(out, 'report.html'), 'utf8');
  });

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('exits 0 and writes every report whole, with no temp file left behind', async () => {
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toContain(join(out, 'report.html'));
    expect((await readdir(out)).sort()).toEqual(['action-plan.csv', 'report.html', 'results.csv', 'results.json', 'run.json', 'summary.md', 'tenants']);
    expect(html.trimEnd()).toMatch(/<\/html>$/i);
    const csv = await readFile(join(out, 'results.csv'), 'utf8');
    const rows = results.tenants.reduce((n, t) => n + t.results.length, 0);
    expect(csv.trimEnd().split('\n').length).toBeGreaterThan(rows);
    const summary = await readFile(join(out, 'summary.md'), 'utf8');
    for (const tenant of results.tenants) expect(summary).toContain(tenant.tenant.name);
  });

  it('audits four tenants across the three providers', () => {
    expect(results.tenants).toHaveLength(4);
    expect(results.tenants.map((t) => t.outcome)).toEqual(['audited', 'audited', 'audited', 'audited']);
    expect(new Set(results.tenants.map((t) => t.tenant.provider))).toEqual(new Set<Provider>(['m365', 'gws', 'salesforce']));
    expect(results.options.providers.sort()).toEqual(['gws', 'm365', 'salesforce']);
  });

  it.each(['m365', 'gws', 'salesforce'] as const)('shows %s passing, failing and unassessable checks', (provider) => {
    const statuses = new Set<Status>(results.tenants.filter((t) => t.tenant.provider === provider).flatMap((t) => t.results.map((r) => r.status)));
    expect([...statuses]).toEqual(expect.arrayContaining(['pass', 'fail', 'not_assessed']));
    expect(statuses.has('error')).toBe(false);
  });

  it('escapes hostile names from the tenant in report.html', () => {
    // The raw strings are in the data (results.json keeps what the tenant said) …
    const json = JSON.stringify(results);
    expect(json).toContain("<script>alert('app')</script> Free PDF Tools");
    expect(json).toContain('"><img src=x onerror=alert(1)>');
    // … and never reach the page unescaped.
    expect(html).not.toContain('<script>alert(');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toMatch(/&lt;img src(=|&#x3D;|&#61;)x onerror/);
  });

  it('closes its loopback servers after the run', async () => {
    expect(started).toHaveLength(1);
    const [{ env, closed }] = started as [{ env: DemoEnvironment; closed: boolean }];
    expect(closed).toBe(true);
    expect(env.servers).toHaveLength(4);
    for (const server of env.servers) expect(await answers(`${server.baseUrl}/v1.0/organization`)).toBe(false);
  });

  it('reads Microsoft 365 through few HTTP requests, batching its GETs', () => {
    const [{ env }] = started as [{ env: DemoEnvironment; closed: boolean }];
    const m365 = env.config.tenants.map((tenant, i) => ({ tenant, server: env.servers[i]! })).filter(({ tenant }) => tenant.provider === 'm365');
    expect(m365).toHaveLength(2);
    for (const { tenant, server } of m365) {
      // Graph's own requests; the Exchange, Purview and Fabric APIs have no $batch.
      const topLevel = server.requests.filter((r) => !r.url.endsWith('(in $batch)') && /^\/(v1\.0|beta)\//.test(r.url));
      expect(server.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/InvokeCommand')).length, tenant.name).toBeGreaterThan(10);
      const batched = server.requests.filter((r) => r.url.endsWith('(in $batch)'));
      expect(topLevel.filter((r) => r.method === 'POST' && /\/\$batch$/.test(r.url)).length, tenant.name).toBeGreaterThan(0);
      expect(topLevel.length, tenant.name).toBeLessThan(12);
      expect(batched.length, tenant.name).toBeGreaterThan(topLevel.length);
      // The only POSTs: Graph $batch (of GETs), InvokeCommand of Get-* cmdlets and Power Platform's listTenantSettings (refused otherwise before sending).
      expect(server.requests.every((r) => r.method === 'GET' || (r.method === 'POST' && /(\/\$batch|\/InvokeCommand|\/listTenantSettings)$/.test(r.url.split('?')[0]!))), `${tenant.name} only reads`).toBe(true);
    }
  });

  it('never writes the demo token to any output', async () => {
    const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(files.some((entry) => entry.name === 'tenant-result.json')).toBe(true);
    for (const file of files) {
      expect(await readFile(join(file.parentPath, file.name), 'utf8')).not.toContain('demo-token-for-the-loopback');
    }
  });
});
