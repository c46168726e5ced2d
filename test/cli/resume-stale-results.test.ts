import { readFile, rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { AuditResults } from '../../src/core/results.js';
import { tenantResultPath } from '../../src/output/tenant-files.js';
import { useDemoConfig } from './demo-config.js';
import { runCli } from './run-cli.js';

describe('audit --resume never counts a result that is not this run\'s', () => {
  const env = useDemoConfig('tenant-audit-stale-');

  it('audits again a tenant whose result is from an earlier run in the same folder, saying why', async () => {
    const out = join(env.dir, 'stale');
    expect((await runCli(['--quiet', 'audit', '--config', env.configFile, '--out', out, '--format', 'json'])).code).toBe(EXIT.ok);
    const run = JSON.parse(await readFile(join(out, 'run.json'), 'utf8')) as { startedAt: string };
    // As a run interrupted before m365-fabrikam, in a folder that still held salesforce-acme's result of last week.
    await rm(tenantResultPath(out, 'm365-fabrikam'));
    const lastWeek = new Date(Date.parse(run.startedAt) - 7 * 86_400_000);
    await utimes(tenantResultPath(out, 'salesforce-acme'), lastWeek, lastWeek);
    const resumed = await runCli(['--quiet', 'audit', '--resume', out]);
    expect(resumed.code).toBe(EXIT.ok);
    expect(resumed.stderr).toMatch(/salesforce-acme: audited again: its result in .* is from an earlier run/);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as AuditResults;
    expect(results.tenants.map((t) => t.tenant.name).sort()).toEqual(env.demo.config.tenants.map((t) => t.name).sort());
    const acme = results.tenants.find((t) => t.tenant.name === 'salesforce-acme')!;
    expect(Date.parse(acme.collectedAt!)).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
  });

  it('a new run removes the per-tenant reports an earlier run left, so a client is never handed last week\'s', async () => {
    const out = join(env.dir, 'per-tenant');
    expect((await runCli(['--quiet', 'audit', '--config', env.configFile, '--out', out, '--format', 'json,md', '--per-tenant'])).code).toBe(EXIT.ok);
    const own = join(out, 'tenants', 'gws-demo', 'summary.md');
    expect(await readFile(own, 'utf8')).toContain('gws-demo');
    expect((await runCli(['--quiet', 'audit', '--config', env.configFile, '--out', out, '--format', 'json,md'])).code).toBe(EXIT.ok);
    await expect(readFile(own, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
