import { mkdtemp, readFile, rm } from 'node:fs/promises';
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

  it('refuses a framework no file defines, naming the choices (exit 2)', async () => {
    const run = await runCli(['demo', '--out', join(dir, 'bad'), '--framework', 'cis-m356']);
    expectUsageError(run, 'unknown framework "cis-m356"', 'cis-m365', 'scuba');
  });
});
