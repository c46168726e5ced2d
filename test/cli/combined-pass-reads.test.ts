import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { EXIT } from '../../src/cli/exit-codes.js';
import { DEMO_ENV, startDemoTenants, type DemoEnvironment } from '../../src/demo/demo-tenants.js';
import { runCli } from './run-cli.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const tenantFileReads = () => vi.mocked(fsPromises.readFile).mock.calls.filter(([path]) => String(path).endsWith('tenant-result.json')).length;

describe('audit: the combined reports read each tenant file once', () => {
  let demo: DemoEnvironment;
  let dir: string;
  let configFile: string;
  const savedToken = process.env.DEMO_TOKEN;

  beforeAll(async () => {
    demo = await startDemoTenants();
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-reads-'));
    configFile = join(dir, 'tenants.yaml');
    await writeFile(configFile, stringify({ tenants: demo.config.tenants.map((t) => t.entry) }));
    process.env.DEMO_TOKEN = DEMO_ENV.DEMO_TOKEN;
  });

  afterAll(async () => {
    if (savedToken === undefined) delete process.env.DEMO_TOKEN;
    else process.env.DEMO_TOKEN = savedToken;
    await demo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('once for the tenants this run audited; twice only with --history, whose insights need every result first', async () => {
    const tenants = demo.config.tenants.length;
    vi.mocked(fsPromises.readFile).mockClear();
    expect((await runCli(['--quiet', 'audit', '--config', configFile, '--out', join(dir, 'plain')])).code).toBe(EXIT.ok);
    expect(tenantFileReads()).toBe(tenants);
    vi.mocked(fsPromises.readFile).mockClear();
    expect((await runCli(['--quiet', 'audit', '--config', configFile, '--out', join(dir, 'kept'), '--history', join(dir, 'history')])).code).toBe(EXIT.ok);
    expect(tenantFileReads()).toBe(2 * tenants);
  });
});
