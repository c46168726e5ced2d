import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DEMO_ENV } from '../src/demo/demo-tenants.js';
import { tenantSnapshotPath } from '../src/output/tenant-files.js';
import { spawnGraphDouble } from './child-process.js';
import { M365_APIS, parseTimeV } from './farm.js';
import type { ScenarioResult } from './scenario-result.js';
import { BREAK_GLASS_UPN, type TenantSize } from './synthetic-tenant.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const TENANT = 'large';

/**
 * One large Microsoft 365 tenant audited by the real CLI as its own process (`audit --save-snapshots`),
 * every Microsoft 365 API pointed at the Graph double: the CLI's peak RSS, by /usr/bin/time -v. The
 * double answers Graph; the Exchange, compliance, Fabric and SharePoint reads get its 404s and 405s.
 */
export async function m365LargeCli(name: string, latencyMs: number, size: TenantSize, auditFlags: readonly string[]): Promise<ScenarioResult> {
  const double = await spawnGraphDouble({ tenants: 1, size, throttleRate: 0, seed: 42, latencyMs });
  const work = await mkdtemp(join(tmpdir(), 'tenant-audit-bench-cli-'));
  try {
    const url = `http://127.0.0.1:${double.ports[0]}`;
    const config = join(work, 'tenants.yaml');
    const entry = [`  - name: ${TENANT}`, '    provider: m365', '    tenantId: 00000001-0008-4000-8000-000000000000', '    auth: { type: token, tokenEnv: DEMO_TOKEN }', `    endpoints: { ${M365_APIS.map((api) => `${api}: "${url}"`).join(', ')} }`, `    settings: { breakGlassAccounts: ["${BREAK_GLASS_UPN}"] }`];
    await writeFile(config, `tenants:\n${entry.join('\n')}\n`);
    const out = join(work, 'out');
    const args = ['-v', process.execPath, '--import', 'tsx', join(REPO, 'src/cli/main.ts'), 'audit', '-c', config, '-o', out, '--format', 'json', '--max-tries', '1', ...auditFlags];
    const started = performance.now();
    const cli = spawn('/usr/bin/time', args, { cwd: REPO, env: { ...process.env, ...DEMO_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    cli.stdout.resume();
    cli.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => cli.on('exit', resolve));
    const wallMs = Math.round(performance.now() - started);
    const time = parseTimeV(stderr);
    const snapshotBytes = await stat(tenantSnapshotPath(out, TENANT)).then((s) => s.size, () => 0);
    const problems = code === 0 || code === 1 ? [] : [`CLI exited ${code}: ${stderr.slice(-500)}`];
    return {
      name,
      wallMs,
      // The CLI is another process: only its kernel high-water mark is known, not its heap.
      memory: { baselineRssMb: Number.NaN, baselineHeapMb: Number.NaN, peakRssMb: time.maxRssMb, peakHeapUsedMb: Number.NaN, maxRssMb: time.maxRssMb, samples: 0 },
      details: {
        command: `tenant-audit audit --format json --max-tries 1 ${auditFlags.join(' ')}`.trim(),
        'CLI peak RSS MB (/usr/bin/time -v)': time.maxRssMb,
        'CLI CPU s': `user ${time.userS} + system ${time.systemS}`,
        'snapshot file KiB': snapshotBytes ? Math.round(snapshotBytes / 1024) : 'none written',
      },
      problems,
    };
  } finally {
    await double.close();
    await rm(work, { recursive: true, force: true });
  }
}
