import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { providerModules } from '../../src/connectors/registry.js';
import { expectUsageError } from './expect-usage-error.js';
import { runCli } from './run-cli.js';

const TENANTS = `tenants:
  - name: contoso
    provider: m365
    tenantId: contoso.onmicrosoft.com
    auth: { type: token, tokenEnv: T }
    endpoints: { graph: "http://127.0.0.1:9" }
`;

describe('an output path that cannot take the outputs is refused before anything is read', () => {
  let dir: string;
  let config: string;
  let file: string;
  const connectors = () => Object.values(providerModules).map((module) => vi.spyOn(module!, 'createConnector'));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-out-'));
    config = join(dir, 'tenants.yaml');
    await writeFile(config, TENANTS);
    file = join(dir, 'notes.txt');
    await writeFile(file, 'keep me\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses an existing file as --out for every command that writes, leaving it untouched', async () => {
    const spies = connectors();
    for (const args of [
      ['audit', '-c', config, '-o', file],
      ['collect', '-c', config, '-o', file],
      ['evaluate', '-s', join(dir, 'not-read.snapshot.json'), '-o', file],
      ['demo', '-o', file],
    ]) {
      const run = await runCli(args);
      expectUsageError(run, `--out ${file}: is an existing file; give a folder for the outputs`);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(await readFile(file, 'utf8')).toBe('keep me\n');
  });

  it('refuses a folder below a file', async () => {
    const run = await runCli(['audit', '-c', config, '-o', join(file, 'reports')]);
    expectUsageError(run, `--out ${join(file, 'reports')}: part of that path is a file, not a folder`);
  });

  it('refuses a file where a subfolder goes, or a folder where an output file goes', async () => {
    const out = join(dir, 'taken');
    await mkdir(join(out, 'results.json'), { recursive: true });
    expectUsageError(await runCli(['audit', '-c', config, '-o', out]), `--out ${out}: results.json in it is a folder where a file must go`);
    const snapshots = join(dir, 'snap-taken');
    await mkdir(snapshots);
    await mkdir(join(snapshots, 'tenants', 'contoso', 'snapshot.json'), { recursive: true });
    expectUsageError(await runCli(['audit', '-c', config, '-o', snapshots, '--save-snapshots', '--format', 'json']), `--out ${snapshots}: tenants/contoso/snapshot.json in it is a folder where a file must go`);
    await rm(join(snapshots, 'tenants'), { recursive: true });
    await writeFile(join(snapshots, 'tenants'), '');
    expectUsageError(await runCli(['audit', '-c', config, '-o', snapshots, '--per-tenant', '--format', 'json']), 'tenants in it is a file where a folder must go');
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write to', async () => {
    const locked = join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    try {
      expectUsageError(await runCli(['audit', '-c', config, '-o', locked]), `--out ${locked}: cannot be written (EACCES)`);
    } finally {
      await chmod(locked, 0o700);
    }
  });
});
