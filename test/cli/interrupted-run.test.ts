import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResults, TenantAudit } from '../../src/core/results.js';
import { DEMO_ENV, DEMO_FIXTURES } from '../../src/demo/demo-tenants.js';
import { startFixtureServer, type FixtureIntercept, type RunningFixtureServer } from '../../src/demo/fixture-server.js';

/*
 * A real CLI process is sent SIGTERM, SIGINT or SIGKILL while it audits: every tenant it finished must
 * be on disk whole, the reports must say what is missing, and `audit --resume` must finish the run
 * without reading the finished tenants again.
 */
/** The CLI from the sources, run through tsx as `npm run tenant-audit` runs it. */
const CLI = ['--import', 'tsx', fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))];
const TENANTS = 6;
/** Each answer waits this long, so a tenant takes a few hundred ms and the signal lands mid-run. */
const LATENCY_MS = 150;

const slow: FixtureIntercept = (_request, response: ServerResponse) => {
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((...args: unknown[]) => {
    setTimeout(() => end(...args), LATENCY_MS);
    return response;
  }) as ServerResponse['end'];
  return false;
};

let dir: string;
let configFile: string;
const servers: RunningFixtureServer[] = [];
const names = Array.from({ length: TENANTS }, (_, i) => `gws-${i}`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-interrupt-'));
  const entries: string[] = [];
  for (const name of names) {
    const server = await startFixtureServer(join(DEMO_FIXTURES, 'gws-demo'), slow);
    servers.push(server);
    entries.push(`  - name: ${name}\n    provider: gws\n    customerId: my_customer\n    primaryDomain: northwind.example\n    auth: { type: token, tokenEnv: DEMO_TOKEN }\n    endpoints: { admin: "${server.baseUrl}", cloudIdentity: "${server.baseUrl}", driveLabels: "${server.baseUrl}" }`);
  }
  configFile = join(dir, 'tenants.yaml');
  await writeFile(configFile, `tenants:\n${entries.join('\n')}\n`);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[], onSpawn?: (kill: (signal: NodeJS.Signals) => void) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], { env: { ...process.env, ...DEMO_ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
    onSpawn?.((signal) => child.kill(signal));
  });
}

const resultFile = (out: string, name: string) => join(out, 'tenants', name, 'tenant-result.json');
const exists = (file: string) => stat(file).then(() => true, () => false);

async function finishedOnDisk(out: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of names) if (await exists(resultFile(out, name))) found.push(name);
  return found;
}

/** Resolves once the first tenant's result is on disk (the run is mid-way), bounded by the test's own timeout. */
async function firstTenantDone(out: string): Promise<void> {
  while ((await finishedOnDisk(out)).length === 0) await new Promise((r) => setTimeout(r, 50));
}

const requestCounts = () => servers.map((s) => s.requests.length);

describe.each([
  ['SIGTERM', 143, 1],
  ['SIGINT', 130, 1],
  ['SIGKILL', null, 1],
  // Two worker threads, one tenant each: the signal reaches the main thread, which stops the workers.
  ['SIGTERM', 143, 2],
] as const)('an audit sent %s mid-run (exit code %s, %i thread(s))', (signal, exitCode, workers) => {
  it('keeps every finished tenant whole and --resume finishes the rest', async () => {
    const out = join(dir, `out-${signal}-${workers}`);
    const run = await cli(['--quiet', 'audit', '-c', configFile, '-o', out, '--concurrency', String(workers), '--workers', String(workers), '--interrupt-grace', '1', '--format', 'json,csv,md'], (kill) => {
      void firstTenantDone(out).then(() => kill(signal));
    });
    if (exitCode === null) expect(run.signal).toBe('SIGKILL');
    else expect(run.code, run.stderr).toBe(exitCode);

    const finished = await finishedOnDisk(out);
    expect(finished.length).toBeGreaterThan(0);
    expect(finished.length).toBeLessThan(TENANTS);
    for (const name of finished) {
      const audit = JSON.parse(await readFile(resultFile(out, name), 'utf8')) as TenantAudit;
      expect(audit.tenant.name).toBe(name);
      expect(audit.outcome).toBe('audited');
      expect(audit.results.length).toBeGreaterThan(0);
    }
    if (exitCode !== null) {
      const partial = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as AuditResults;
      expect(partial.tenants.map((t) => t.tenant.name)).toEqual(finished);
      expect(partial.incomplete?.missingTenants.sort()).toEqual(names.filter((n) => !finished.includes(n)).sort());
      expect(partial.incomplete?.reason).toContain(signal);
      expect(await readFile(join(out, 'summary.md'), 'utf8')).toContain('Incomplete run');
    }

    const before = requestCounts();
    const resumed = await cli(['--quiet', 'audit', '--resume', out]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const after = requestCounts();
    for (const name of finished) expect(after[names.indexOf(name)], `${name} was audited again`).toBe(before[names.indexOf(name)]);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as AuditResults;
    expect(results.incomplete).toBeUndefined();
    expect(results.tenants.map((t) => t.tenant.name)).toEqual(names);
    expect(results.tenants.every((t) => t.outcome === 'audited')).toBe(true);
    const csv = await readFile(join(out, 'results.csv'), 'utf8');
    for (const name of names) expect(csv).toContain(`\r\n${name},gws,`);
    expect((await readdir(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 90_000);
});
