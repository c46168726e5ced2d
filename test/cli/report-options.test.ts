import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUsageError } from './expect-usage-error.js';
import { runCli } from './run-cli.js';

describe('report options: --framework, --appendix', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-report-options-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('limits report.html, results.csv and the action plan to one framework, leaving results.json whole', async () => {
    const out = join(dir, 'cis');
    const run = await runCli(['demo', '--out', out, '--framework', 'cis-m365', '--appendix']);
    expect(run.code, run.stderr).not.toBe(2);
    const csv = await readFile(join(out, 'results.csv'), 'utf8');
    const rows = csv.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((row) => row.includes('cis-m365 7.0.0'))).toBe(true);
    expect(csv).not.toMatch(/scuba-aad 1\.8\.0/);
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).toContain('(limited to cis-m365)');
    expect(html).toContain('<body class="print-appendix">');
    expect(html).not.toMatch(/-fw-scuba-aad-/);
    const json = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    expect(json.tenants.some((t: { tenant: { provider: string } }) => t.tenant.provider === 'gws')).toBe(true);
  }, 30_000);

  it('points at report.html only when the run wrote one', async () => {
    const jsonOnly = await runCli(['demo', '--out', join(dir, 'json-only'), '--format', 'json']);
    expect(jsonOnly.code, jsonOnly.stderr).not.toBe(2);
    expect(jsonOnly.stdout + jsonOnly.stderr).not.toContain('report.html');
    await expect(stat(join(dir, 'json-only', 'report.html'))).rejects.toThrow();
    const withHtml = await runCli(['demo', '--out', join(dir, 'with-html'), '--format', 'json,html']);
    expect(withHtml.stdout + withHtml.stderr).toContain(`Open ${join(dir, 'with-html', 'report.html')} in a browser.`);
  }, 30_000);

  it('refuses a framework no file defines, naming the choices (exit 2)', async () => {
    const run = await runCli(['demo', '--out', join(dir, 'bad'), '--framework', 'cis-m356']);
    expectUsageError(run, 'unknown framework "cis-m356"', 'cis-m365', 'scuba');
  });
});

describe('--history', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-history-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps one small file per run, and the second report compares with the first: trend, first seen, drift', async () => {
    const history = join(dir, 'history');
    const first = await runCli(['demo', '--out', join(dir, 'one'), '--history', history, '--format', 'json,html']);
    expect(first.code, first.stderr).not.toBe(2);
    // Two runs in the same second would share a file name.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await runCli(['demo', '--out', join(dir, 'two'), '--history', history, '--format', 'json,html']);
    expect(second.stdout + second.stderr).toMatch(/history .*run-.*\.json \(2 runs kept\)/);
    const files = (await readdir(history)).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(2);
    for (const file of files) {
      // Verdicts only (id, status, severity, area, title, owner): a few hundred bytes a result, however much evidence the run had.
      const text = await readFile(join(history, file), 'utf8');
      const results = (JSON.parse(text) as { tenants: { results: unknown[] }[] }).tenants.reduce((n, t) => n + t.results.length, 0);
      expect(results).toBeGreaterThan(100);
      expect((await stat(join(history, file))).size).toBeLessThan(300 * results);
    }
    const html = await readFile(join(dir, 'two', 'report.html'), 'utf8');
    expect(html).toMatch(/<h2 id="history-heading">History <span class="count">\(2 runs since /);
    expect(html).toContain('<svg class="spark"');
    expect(html).toContain('Score unchanged since the last run');
    expect(html).toContain('<caption>Open failures: first seen</caption>');
    expect(html).toContain('id="drift"');
  }, 60_000);

  it('refuses a file in the history folder that is not a kept run, naming it (exit 2)', async () => {
    const history = join(dir, 'broken');
    await mkdir(history, { recursive: true });
    await writeFile(join(history, 'run-2026-01-01T00-00-00Z.json'), '{"tenants": 3}');
    const run = await runCli(['demo', '--out', join(dir, 'three'), '--history', history]);
    // The demo announces its loopback servers first; the error is the one line after.
    expect(run.code).toBe(2);
    const last = run.stderr.trimEnd().split('\n').at(-1)!;
    expect(last).toContain(`tenant-audit: ${join(history, 'run-2026-01-01T00-00-00Z.json')}: not a tenant-audit history file`);
    expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
