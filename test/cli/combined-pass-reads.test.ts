import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { useDemoConfig } from './demo-config.js';
import { runCli } from './run-cli.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const tenantFileReads = () => vi.mocked(fsPromises.readFile).mock.calls.filter(([path]) => String(path).endsWith('tenant-result.json')).length;

describe('audit: the combined reports read each tenant file once', () => {
  const env = useDemoConfig('tenant-audit-reads-');

  it('once for the tenants this run audited; twice only with --history, whose insights need every result first', async () => {
    const { demo, dir, configFile } = env;
    const tenants = demo.config.tenants.length;
    vi.mocked(fsPromises.readFile).mockClear();
    expect((await runCli(['--quiet', 'audit', '--config', configFile, '--out', join(dir, 'plain')])).code).toBe(EXIT.ok);
    expect(tenantFileReads()).toBe(tenants);
    vi.mocked(fsPromises.readFile).mockClear();
    expect((await runCli(['--quiet', 'audit', '--config', configFile, '--out', join(dir, 'kept'), '--history', join(dir, 'history')])).code).toBe(EXIT.ok);
    expect(tenantFileReads()).toBe(2 * tenants);
  });

  it('on --resume, once to check each earlier tenant\'s result and once in the pass', async () => {
    const { demo, dir, configFile } = env;
    const tenants = demo.config.tenants.length;
    const out = join(dir, 'resumed');
    expect((await runCli(['--quiet', 'audit', '--config', configFile, '--out', out, '--format', 'json'])).code).toBe(EXIT.ok);
    await fsPromises.rm(join(out, 'tenants', demo.config.tenants[0]!.name, 'tenant-result.json'));
    vi.mocked(fsPromises.readFile).mockClear();
    expect((await runCli(['--quiet', 'audit', '--resume', out])).code).toBe(EXIT.ok);
    expect(tenantFileReads()).toBe(tenants - 1 + tenants);
  });
});
