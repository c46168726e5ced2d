import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTarball, REPO_ROOT, runInstalled, runInstalledNode, type InstalledPackage } from './install-tarball.js';

const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('the packed tarball, installed outside the source tree', () => {
  let installed: InstalledPackage;

  beforeAll(async () => {
    installed = await installTarball();
  }, 300_000);

  afterAll(async () => {
    if (installed) await rm(installed.consumerDir, { recursive: true, force: true });
  });

  it('holds compiled JavaScript with declarations and the data folders, and no sources or tests', () => {
    const { files } = installed;
    expect(files).toContain('dist/src/cli/bin.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files.some((f) => f.startsWith('dist/checks/m365/') && f.endsWith('.js'))).toBe(true);
    expect(files).toContain('templates/report/layout.hbs');
    expect(files.some((f) => f.startsWith('fixtures/demo/'))).toBe(true);
    expect(files.some((f) => f.startsWith('frameworks/') && f.endsWith('.json'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('dist/test/'))).toEqual([]);
  });

  it('answers --version', async () => {
    expect((await runInstalled(installed, ['--version'])).stdout.trim()).toBe(version);
  });

  it('lists the checks and the permissions', async () => {
    const checks = JSON.parse((await runInstalled(installed, ['checks', '--format', 'json'])).stdout) as { id: string }[];
    expect(checks.map((c) => c.id)).toContain('m365-ca-mfa-all-users');
    const permissions = (await runInstalled(installed, ['permissions', 'all'])).stdout;
    expect(permissions).toMatch(/Policy\.Read\.All/);
    expect(permissions).toMatch(/Salesforce/);
  });

  it('prints the JSON Schemas it ships', async () => {
    const config = JSON.parse((await runInstalled(installed, ['schema', 'config'])).stdout) as { title: string };
    expect(config.title).toBe('tenant-audit tenants.yaml');
    const results = JSON.parse((await runInstalled(installed, ['schema', 'results'])).stdout) as { title: string };
    expect(results.title).toBe('tenant-audit results.json');
  });

  it('is importable by name, with the library API and its types', async () => {
    const script = "const api = await import('tenant-audit'); console.log(JSON.stringify(['loadConfig', 'audit', 'evaluateSnapshot', 'renderHtml', 'catalog'].map((name) => typeof api[name])));";
    const { stdout } = await runInstalledNode(installed, ['--input-type=module', '-e', script]);
    expect(JSON.parse(stdout)).toEqual(['function', 'function', 'function', 'function', 'function']);
    expect(existsSync(join(installed.packageDir, 'dist', 'src', 'index.d.ts'))).toBe(true);
  });

  it('runs the offline demo and writes its reports, the CI formats among them', async () => {
    const out = join(installed.consumerDir, 'demo-out');
    await runInstalled(installed, ['demo', '--out', out, '--format', 'html,sarif,junit']);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { tenants: unknown[] };
    expect(results.tenants.length).toBeGreaterThan(1);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    expect((JSON.parse(readFileSync(join(out, 'results.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(/^<\?xml[^>]*>\n<testsuites /);
  }, 120_000);

  it('runs the demo on worker threads from dist/, with the same results as in one thread', async () => {
    const threaded = join(installed.consumerDir, 'demo-threads');
    const single = join(installed.consumerDir, 'demo-single');
    await runInstalled(installed, ['-q', 'demo', '--out', threaded, '--format', 'json', '--workers', '2']);
    await runInstalled(installed, ['-q', 'demo', '--out', single, '--format', 'json', '--workers', '1']);
    type Results = { tenants: { tenant: { name: string }; outcome: string; counts: unknown }[] };
    const read = (dir: string) => (JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results).tenants.map((t) => [t.tenant.name, t.outcome, t.counts]);
    expect(read(threaded).length).toBeGreaterThan(1);
    expect(read(threaded)).toEqual(read(single));
  }, 120_000);
});
