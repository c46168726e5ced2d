import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { m365TenantFields } from '../src/connectors/m365/config.js';
import { DEMO_ENV } from '../src/demo/demo-tenants.js';
import { tsNode, lineReader } from './child-process.js';
import type { FarmServerOptions } from './farm-server.js';
import { chainLength, idealWallMs } from './round-trip-chains.js';
import { BREAK_GLASS_UPN, SMALL_TENANT, type TenantSize } from './synthetic-tenant.js';

/*
 * npm run bench -- farm --tenants 1000 --latency 100 --concurrency 50 [--from dist|sources] [--cpu-prof DIR] [--node-flag F]… [--keep] [-- extra audit flags]
 * Runs the real CLI (`audit`) as its own process, by default the compiled package as installed (built
 * first with `npm run build`), or with `--from sources` the TypeScript sources under tsx, against a loopback
 * farm of 70 % Microsoft 365, 20 % Google Workspace and 10 % Salesforce tenants, and prints wall, the ideal
 * from the logged round-trip chains, the ratio, the CLI's peak RSS and CPU time, the farm's own CPU time
 * (it shares the machine's cores with the CLI), and the output sizes.
 */
const REPO = fileURLToPath(new URL('..', import.meta.url));
const MEDIUM: TenantSize = { users: 2_000, servicePrincipals: 400, oauth2PermissionGrants: 100, roleAssignments: 20, eligibleRoleAssignments: 5, applications: 100, graphAppRoleAssignments: 50 };
const LARGE: TenantSize = { users: 20_000, servicePrincipals: 5_000, oauth2PermissionGrants: 1_000, roleAssignments: 100, eligibleRoleAssignments: 20, applications: 500, graphAppRoleAssignments: 300 };

type Provider = 'm365' | 'gws' | 'salesforce';
/** Of every ten tenants: seven Microsoft 365, two Google Workspace, one Salesforce. */
const providerAt = (i: number): Provider => (i % 10 < 7 ? 'm365' : i % 10 < 9 ? 'gws' : 'salesforce');
/** Of every ten Microsoft 365 tenants: six small, three medium, one large. */
const m365SizeAt = (i: number): TenantSize => (i % 10 < 6 ? SMALL_TENANT : i % 10 < 9 ? MEDIUM : LARGE);

/**
 * Every Microsoft 365 API at the farm. With only Graph there, the Exchange, compliance and Fabric hosts were
 * looked up in DNS, which never answers in a sandbox: thousands of pending lookups filled libuv's thread pool,
 * which the tenant-file writes share, and kept the CLI alive minutes after its reports were written. Taken from
 * the config schema, so an API added later is pointed at the farm too.
 */
export const M365_APIS = Object.keys(m365TenantFields.shape.endpoints.unwrap().shape).filter((api) => api !== 'authority');

function tenantEntry(provider: Provider, index: number, n: number, url: string): string {
  const name = `  - name: farm-${String(index).padStart(4, '0')}-${provider}`;
  if (provider === 'm365') {
    return [name, '    provider: m365', `    tenantId: ${(n + 1).toString(16).padStart(8, '0')}-0008-4000-8000-000000000000`, '    auth: { type: token, tokenEnv: DEMO_TOKEN }', `    endpoints: { ${M365_APIS.map((api) => `${api}: "${url}"`).join(', ')} }`, `    settings: { breakGlassAccounts: ["${BREAK_GLASS_UPN}"] }`].join('\n');
  }
  if (provider === 'gws') {
    return [name, '    provider: gws', '    customerId: my_customer', '    primaryDomain: northwind.example', '    auth: { type: token, tokenEnv: DEMO_TOKEN }', `    endpoints: { admin: "${url}", cloudIdentity: "${url}", driveLabels: "${url}" }`].join('\n');
  }
  return [name, '    provider: salesforce', '    auth: { type: token, tokenEnv: DEMO_TOKEN }', '    apiVersion: "64.0"', `    endpoints: { instanceUrl: "${url}" }`].join('\n');
}

export interface TimeV {
  maxRssMb: number;
  userS: number;
  systemS: number;
}

export function parseTimeV(stderr: string): TimeV {
  const num = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  return { maxRssMb: Math.round(num('Maximum resident set size \\(kbytes\\)') / 1024), userS: num('User time \\(seconds\\)'), systemS: num('System time \\(seconds\\)') };
}

async function sizesOf(dir: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) if (entry.isFile()) sizes[entry.name] = (await stat(join(dir, entry.name))).size;
  return sizes;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function runFarm(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { tenants: { type: 'string', default: '1000' }, latency: { type: 'string', default: '100' }, concurrency: { type: 'string', default: '50' }, 'cpu-prof': { type: 'string' }, 'node-flag': { type: 'string', multiple: true, default: [] }, from: { type: 'string', default: 'dist' }, keep: { type: 'boolean', default: false } },
  });
  if (values.from !== 'dist' && values.from !== 'sources') throw new Error(`--from must be dist or sources, not ${values.from}`);
  if (values.from === 'dist') execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: 'inherit' });
  const entry = values.from === 'dist' ? [join(REPO, 'dist/src/cli/bin.js')] : ['--import', 'tsx', join(REPO, 'src/cli/main.ts')];
  const tenants = Number(values.tenants);
  const latencyMs = Number(values.latency);
  const concurrency = Number(values.concurrency);
  const providers = Array.from({ length: tenants }, (_, i) => providerAt(i));
  const count = (p: Provider) => providers.filter((x) => x === p).length;
  const m365Sizes = Array.from({ length: count('m365') }, (_, i) => m365SizeAt(i));
  const serverOptions: FarmServerOptions = { m365Sizes, gws: count('gws'), salesforce: count('salesforce'), latencyMs };
  const server = tsNode('farm-server.ts', [JSON.stringify(serverOptions)]);
  server.stderr.pipe(process.stderr);
  const lines = lineReader(server);
  const work = await mkdtemp(join(tmpdir(), 'tenant-audit-farm-'));
  try {
    const urls = JSON.parse(await lines.next(120_000)) as Record<Provider, string[]>;
    urls.m365 = urls.m365.map((port) => `http://127.0.0.1:${port}`);
    const seen: Record<Provider, number> = { m365: 0, gws: 0, salesforce: 0 };
    const order: [Provider, number][] = providers.map((p) => [p, seen[p]++]);
    const entries = order.map(([p, n], i) => tenantEntry(p, i, n, urls[p][n]!));
    const configFile = join(work, 'tenants.yaml');
    await writeFile(configFile, `tenants:\n${entries.join('\n')}\n`);
    const out = join(work, 'out');
    const nodeArgs = [...values['node-flag'], ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : []), ...entry];
    const cliArgs = ['audit', '-c', configFile, '-o', out, '--concurrency', String(concurrency), ...positionals];
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    process.stderr.write(`farm: ${tenants} tenants (${count('m365')} m365, ${count('gws')} gws, ${count('salesforce')} salesforce), ${latencyMs} ms latency, concurrency ${concurrency}, CLI from ${values.from}; load before ${load}\n`);
    const started = performance.now();
    const cli = spawn('/usr/bin/time', ['-v', process.execPath, ...nodeArgs, ...cliArgs], { cwd: REPO, env: { ...process.env, ...DEMO_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    // When the last tenant's progress line comes (on stderr): after it the CLI only writes the combined reports.
    const lastTenantLine = `[${tenants}/${tenants}]`;
    let tenantsDoneMs: number | undefined;
    cli.stdout.resume();
    cli.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (tenantsDoneMs === undefined && text.includes(lastTenantLine)) tenantsDoneMs = performance.now() - started;
      stderr += text;
    });
    const code = await new Promise<number | null>((resolve) => cli.on('exit', resolve));
    const wallMs = performance.now() - started;
    server.stdin.write('timings\n');
    const { cpu: farmCpu, ...timings } = JSON.parse(await lines.next(60_000)) as Record<Provider, [number, number][][]> & { cpu: NodeJS.CpuUsage };
    const chains = order.map(([p, n]) => chainLength(timings[p][n] ?? []));
    const ideal = idealWallMs(chains.map((c) => c * latencyMs), concurrency);
    const requests = order.reduce((sum, [p, n]) => sum + (timings[p][n]?.length ?? 0), 0);
    const time = parseTimeV(stderr);
    const sizes = await sizesOf(out).catch(() => ({}) as Record<string, number>);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8').catch(() => '{"tenants":[]}')) as { tenants: { outcome: string }[] };
    const outcomes = results.tenants.reduce<Record<string, number>>((acc, t) => ((acc[t.outcome] = (acc[t.outcome] ?? 0) + 1), acc), {});
    const longest = Math.max(...chains);
    // The farm's servers share the machine's cores with the CLI: no run here can be faster than all that CPU spread over every core.
    const cpuFloorS = (time.userS + time.systemS + (farmCpu.user + farmCpu.system) / 1e6) / cpus().length;
    const report = [
      `Node ${process.version}, ${cpus().length} CPUs, load before ${load}, after ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
      `tenants ${tenants} (${count('m365')} m365 [${m365Sizes.filter((s) => s === SMALL_TENANT).length} small, ${m365Sizes.filter((s) => s === MEDIUM).length} medium, ${m365Sizes.filter((s) => s === LARGE).length} large], ${count('gws')} gws, ${count('salesforce')} salesforce), latency ${latencyMs} ms, concurrency ${concurrency}`,
      `exit code ${code}; outcomes ${JSON.stringify(outcomes)}`,
      `wall ${(wallMs / 1000).toFixed(1)} s; ideal ${(ideal / 1000).toFixed(1)} s; ratio ${(wallMs / ideal).toFixed(2)}×`,
      `requests ${requests}; longest chain ${longest} round trips; mean chain ${(chains.reduce((a, b) => a + b, 0) / chains.length).toFixed(1)}`,
      `CLI peak RSS ${time.maxRssMb} MB; CPU user ${time.userS} s + system ${time.systemS} s`,
      `farm CPU user ${(farmCpu.user / 1e6).toFixed(1)} s + system ${(farmCpu.system / 1e6).toFixed(1)} s`,
      ...(tenantsDoneMs === undefined ? [] : [`last tenant done at ${(tenantsDoneMs / 1000).toFixed(1)} s; combined reports ${((wallMs - tenantsDoneMs) / 1000).toFixed(1)} s after it`]),
      `CPU floor on this machine: (CLI + farm CPU) / ${cpus().length} cores = ${cpuFloorS.toFixed(1)} s, ${((cpuFloorS * 1000) / ideal).toFixed(2)}× the ideal`,
      `outputs: ${Object.entries(sizes).map(([file, size]) => `${file} ${mb(size)}`).join(', ')}`,
      ...(code !== 0 && code !== 1 ? [`CLI stderr (tail): ${stderr.slice(-2000)}`] : []),
    ];
    process.stdout.write(`${report.join('\n')}\n`);
    if (values.keep) process.stdout.write(`kept ${work}\n`);
  } finally {
    server.stdin.end();
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }
}
