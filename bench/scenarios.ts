import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runAndReport } from '../src/cli/run-and-report.js';
import type { Reporter } from '../src/cli/console-log.js';
import { parseConfig } from '../src/config/load-config.js';
import { loadCatalog, selectChecks } from '../src/core/catalog.js';
import { defaultSleep, type CollectLog } from '../src/core/connector.js';
import type { Snapshot, Status } from '../src/core/model.js';
import type { AuditResults } from '../src/core/results.js';
import { DEFAULT_TENANT_SETTINGS, type TenantSettings } from '../src/core/tenant-settings.js';
import { createM365Connector } from '../src/connectors/m365/connector.js';
import { m365Collectors } from '../src/connectors/m365/collectors/index.js';
import type { M365SectionName } from '../src/snapshot/m365.js';
import { DEMO_ENV, startDemoTenants } from '../src/demo/demo-tenants.js';
import { OUTPUT_FORMATS } from '../src/output/write-outputs.js';
import { tenantResultPath, tenantSnapshotPath, writeTenantResult, writeTenantSnapshot } from '../src/output/tenant-files.js';
import { createRedactor, type Redactor } from '../src/redaction/redactor.js';
import { renderHtml } from '../src/report/html.js';
import { runAudit } from '../src/runner/run-audit.js';
import { auditedTenant, judgeSnapshot } from '../src/runner/tenant-audit.js';
import { TOOL } from '../src/version.js';
import { spawnGraphDouble } from './child-process.js';
import { chainLength } from './round-trip-chains.js';
import type { TenantRequestStats } from './graph-double.js';
import { faultyFarm } from './faulty-farm.js';
import { m365LargeCli } from './large-tenant-cli.js';
import { measureInBrowser, repeatTenants } from './rollup-browser.js';
import { startMemorySampler } from './memory-sampler.js';
import type { ScenarioResult } from './scenario-result.js';
import { M365_APIS } from './farm.js';
import { BREAK_GLASS_UPN, LARGE_TENANT, SMALL_TENANT, type TenantSize } from './synthetic-tenant.js';

export type { ScenarioResult } from './scenario-result.js';

/** Not a secret: the loopback double accepts any bearer token. */
const BENCH_ENV = { BENCH_TOKEN: 'bench-token-for-the-loopback-graph-double' } as const;
const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const MSP_TENANTS = 200;
const RENDER_TENANTS = 300;
/** Per HTTP request; real Graph answers take tens to hundreds of ms, which is what concurrency hides. */
const MSP_LATENCY_MS = 20;

const silentLog: CollectLog = { info: () => {}, warn: () => {} };
const silentReporter: Reporter = { line: () => {}, error: () => {}, tenantLog: () => silentLog };

const ms = (value: number) => Math.round(value);
const kb = (bytes: number) => Math.round(bytes / 1024);

function sumStats(all: TenantRequestStats[]): TenantRequestStats & { tenants: number } {
  const total = { tenants: all.length, httpRequests: 0, plainGets: 0, batchPosts: 0, subRequests: 0, throttled: 0, maxAttemptsOneUrl: 0, maxInFlight: 0, bytesOut: 0, timings: [] as [number, number][] };
  for (const s of all) {
    total.httpRequests += s.httpRequests;
    total.plainGets += s.plainGets;
    total.batchPosts += s.batchPosts;
    total.subRequests += s.subRequests;
    total.throttled += s.throttled;
    total.bytesOut += s.bytesOut;
    total.maxAttemptsOneUrl = Math.max(total.maxAttemptsOneUrl, s.maxAttemptsOneUrl);
    total.maxInFlight = Math.max(total.maxInFlight, s.maxInFlight);
  }
  return total;
}

function statusCounts(statuses: Status[]): string {
  const counts = new Map<Status, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s} ${n}`).join(', ');
}

/**
 * The sections the Graph double can answer: every collector that reads Graph alone. The Exchange,
 * Security & Compliance, Fabric and SharePoint admin reads would go to the real services' hosts.
 */
function graphSections(): M365SectionName[] {
  const graphOnly = /^GET \/(v1\.0|beta)\//;
  return (Object.keys(m365Collectors) as M365SectionName[]).filter((name) => m365Collectors[name].spec.endpoints.every((e) => graphOnly.test(e)));
}

/** What a benchmark reports of the snapshot's sections, kept apart from the snapshot so it can be let go. */
function sectionOutcomes(snapshot: Snapshot): { errors: [string, string][]; countOf: (section: M365SectionName) => number } {
  const sections = Object.entries(snapshot.sections) as [M365SectionName, Snapshot['sections'][string]][];
  const errors = sections.filter(([, s]) => s?.status !== 'ok').map(([name, s]): [string, string] => [name, s?.status === 'error' ? `${s.error.code} ${s.error.message}` : 'missing']);
  const counts = new Map(sections.map(([name, s]) => [name, s?.status === 'ok' && Array.isArray(s.data) ? s.data.length : -1]));
  return { errors, countOf: (section) => counts.get(section) ?? -1 };
}

/** The bench tenant's entry: the Graph double's port is its only variable. */
function benchTenantEntry(graphPort: number) {
  return { name: 'bench-large', tenantId: '00000000-0008-4000-8000-000000000000', cloud: 'global', auth: { type: 'token', tokenEnv: 'BENCH_TOKEN' }, endpoints: { graph: `http://127.0.0.1:${graphPort}` } } as const;
}

/**
 * Collects the tenant into a redacted snapshot, as collectSnapshot does. The connector (and whatever it
 * still holds of the raw pages) is unreachable once this returns, as it is in the CLI.
 */
async function collectRedacted(graphPort: number, sections: M365SectionName[], settings: TenantSettings, log: CollectLog, redactor: Redactor): Promise<Snapshot> {
  const connector = createM365Connector(benchTenantEntry(graphPort), { configDir: BENCH_DIR, env: BENCH_ENV, sleep: defaultSleep, maxTries: 5, redactor });
  const collectedAt = new Date().toISOString();
  const collected = await connector.collect({ sections, settings, log });
  return redactor.redactDeep<Snapshot>({ schemaVersion: 1, provider: 'm365', tenant: collected.tenant, collectedAt, tool: { ...TOOL }, settings, sections: collected.sections as Snapshot['sections'] });
}

/**
 * One large Microsoft 365 tenant through what the CLI does with it (`audit --save-snapshots`): read through
 * the real connector (every Graph section), redacted, its snapshot written, judged, its result written.
 */
export async function m365Large(name: string, throttleRate: number, latencyMs = 0, size: TenantSize = LARGE_TENANT): Promise<ScenarioResult> {
  const checks = selectChecks(await loadCatalog(), { providers: ['m365'] });
  const double = await spawnGraphDouble({ tenants: 1, size, throttleRate, seed: 42, latencyMs });
  const out = await mkdtemp(join(tmpdir(), 'tenant-audit-bench-'));
  try {
    const settings = { ...DEFAULT_TENANT_SETTINGS, breakGlassAccounts: [BREAK_GLASS_UPN] };
    const sections = graphSections();
    const logLines: string[] = [];
    const log: CollectLog = { info: (m) => logLines.push(m), warn: (m) => logLines.push(m) };
    const redactor = createRedactor([BENCH_ENV.BENCH_TOKEN]);
    const sampler = startMemorySampler();
    const started = performance.now();
    let snapshot: Snapshot | undefined = await collectRedacted(double.ports[0]!, sections, settings, log, redactor);
    const collectMs = performance.now() - started;
    const collecting = sampler.peek();
    const saveStart = performance.now();
    await writeTenantSnapshot(out, 'bench-large', snapshot, redactor);
    const saveMs = performance.now() - saveStart;
    const saving = sampler.peek();
    const snapshotBytes = (await stat(tenantSnapshotPath(out, 'bench-large'))).size;
    const { errors, countOf } = sectionOutcomes(snapshot);
    const judgeStart = performance.now();
    const results = judgeSnapshot(snapshot, { settings, waivers: [] }, checks);
    const audit = auditedTenant(snapshot, results, Math.round(performance.now() - started));
    const judgeMs = performance.now() - judgeStart;
    // As in the CLI, nothing refers to the snapshot once the tenant's result is made.
    snapshot = undefined;
    const resultStart = performance.now();
    await writeTenantResult(out, audit, redactor);
    const resultMs = performance.now() - resultStart;
    const resultBytes = (await stat(tenantResultPath(out, 'bench-large'))).size;
    const memory = sampler.stop();
    const perTenant = (await double.stats()).stats;
    const http = sumStats(perTenant);

    const problems = errors.map(([section, error]) => `section ${section}: ${error}`);
    const expected: [M365SectionName, number][] = [
      ['userRegistrationDetails', size.users],
      ['servicePrincipals', size.servicePrincipals],
      ['oauth2PermissionGrants', size.oauth2PermissionGrants],
      ['roleAssignments', size.roleAssignments + size.eligibleRoleAssignments],
      ['applications', size.applications],
      ['graphAppRoleAssignments', size.graphAppRoleAssignments],
    ];
    for (const [section, count] of expected) if (countOf(section) !== count) problems.push(`${section}: read ${countOf(section)} items, expected ${count}`);
    const summary = logLines.find((l) => l.startsWith('Graph: ')) ?? '';
    const retries = Number(/(\d+) retries/.exec(summary)?.[1] ?? NaN);
    return {
      name,
      wallMs: ms(collectMs),
      http,
      clientRetries: retries,
      memory,
      details: {
        sections: `${sections.length - errors.length}/${sections.length} ok`,
        'simulated latency per HTTP request ms': latencyMs,
        items: expected.map(([s]) => `${s} ${countOf(s)}`).join(', '),
        'snapshot file (--save-snapshots), redacted': `${kb(snapshotBytes)} KiB, written in ${ms(saveMs)} ms`,
        'tenant-result.json': `${kb(resultBytes)} KiB, written in ${ms(resultMs)} ms`,
        'judge ms': `${ms(judgeMs)} (${checks.length} m365 checks: ${statusCounts(results.map((r) => r.status))})`,
        'served KiB': kb(http.bytesOut),
        'most HTTP requests open at once': http.maxInFlight,
        // Only meaningful with latency: without it, requests that merely follow each other count as a chain.
        'longest round-trip chain': chainLength(perTenant[0]?.timings ?? []),
        'collect ms': ms(collectMs),
        'peak while collecting (before the snapshot is written and judged)': `RSS ${collecting.maxRssMb} MB, heapUsed ${collecting.peakHeapUsedMb} MB`,
        'peak up to the snapshot written': `RSS ${saving.maxRssMb} MB, heapUsed ${saving.peakHeapUsedMb} MB`,
        'client log': summary,
      },
      problems,
    };
  } finally {
    await double.close();
    await rm(out, { recursive: true, force: true });
  }
}

function mspConfigText(ports: number[]): string {
  const entries = ports.map((port, i) =>
    [
      `  - name: msp-${String(i).padStart(3, '0')}`,
      '    provider: m365',
      `    tenantId: ${(i + 1).toString(16).padStart(8, '0')}-0008-4000-8000-000000000000`,
      '    auth: { type: token, tokenEnv: BENCH_TOKEN }',
      // Every Microsoft 365 API at the double: a default host (outlook.office365.com, …) is not on loopback.
      `    endpoints: { ${M365_APIS.map((api) => `${api}: "http://127.0.0.1:${port}"`).join(', ')} }`,
      `    settings: { breakGlassAccounts: ["${BREAK_GLASS_UPN}"] }`,
    ].join('\n'),
  );
  return `tenants:\n${entries.join('\n')}\n`;
}

/** Many small tenants through runAudit (collect + judge, no report files), at one concurrency. */
async function msp(name: string, concurrency: number, latencyMs: number): Promise<ScenarioResult> {
  const catalog = await loadCatalog();
  const double = await spawnGraphDouble({ tenants: MSP_TENANTS, size: SMALL_TENANT, throttleRate: 0, seed: 7, latencyMs });
  try {
    const config = parseConfig(mspConfigText(double.ports), join(BENCH_DIR, 'msp-tenants.yaml'), catalog);
    const sampler = startMemorySampler();
    const started = performance.now();
    const results = await runAudit(config, { catalog, concurrency, failOn: 'none', runtime: { env: BENCH_ENV, sleep: defaultSleep, maxTries: 3 }, logFor: () => silentLog });
    const wall = performance.now() - started;
    const memory = sampler.stop();
    const perTenant = (await double.stats()).stats;
    const http = sumStats(perTenant);
    const problems = results.tenants.filter((t) => t.outcome !== 'audited').map((t) => `${t.tenant.name}: ${t.outcome} ${t.error?.message ?? ''}`);
    if (results.tenants.length !== MSP_TENANTS) problems.push(`${results.tenants.length} tenant results, expected ${MSP_TENANTS}`);
    const requests = perTenant.map((s) => s.httpRequests);
    const audited = results.tenants.filter((t) => t.outcome === 'audited').length;
    const durations = results.tenants.map((t) => t.durationMs).sort((a, b) => a - b);
    return {
      name,
      wallMs: ms(wall),
      http,
      memory,
      details: {
        audited: `${audited}/${MSP_TENANTS}`,
        'simulated latency per HTTP request ms': latencyMs,
        'tenants/s': Math.round((MSP_TENANTS / wall) * 1000 * 10) / 10,
        'HTTP requests per tenant': `${Math.min(...requests)}–${Math.max(...requests)} (mean ${(http.httpRequests / MSP_TENANTS).toFixed(1)})`,
        'reads per tenant (one GET each, unbatched)': ((http.plainGets + http.subRequests) / MSP_TENANTS).toFixed(1),
        'most HTTP requests open at once (one tenant)': http.maxInFlight,
        'tenant duration ms (median / max)': `${durations[Math.floor(durations.length / 2)]} / ${durations[durations.length - 1]}`,
        'check results': statusCounts(results.tenants.flatMap((t) => t.results.map((r) => r.status))),
      },
      problems,
    };
  } finally {
    await double.close();
  }
}

async function fileSizes(dir: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const file of await readdir(dir)) sizes[file] = (await stat(join(dir, file))).size;
  return sizes;
}

/** The bundled demo end to end, as `npm run demo` runs it: servers, four tenants, every report format. */
async function demo(name: string): Promise<ScenarioResult> {
  const out = await mkdtemp(join(tmpdir(), 'tenant-audit-bench-'));
  try {
    const sampler = startMemorySampler();
    const started = performance.now();
    const environment = await startDemoTenants();
    let results: AuditResults;
    try {
      ({ results } = await runAndReport(environment.config, { out, formats: [...OUTPUT_FORMATS], network: { maxTries: 3 }, env: { ...DEMO_ENV } }, silentReporter));
    } finally {
      await environment.close();
    }
    const wall = performance.now() - started;
    const memory = sampler.stop();
    const sizes = await fileSizes(out);
    const requests = environment.servers.reduce((n, s) => n + s.requests.filter((r) => !r.url.endsWith('(in $batch)')).length, 0);
    const batched = environment.servers.reduce((n, s) => n + s.requests.filter((r) => r.url.endsWith('(in $batch)')).length, 0);
    const problems = results.tenants.filter((t) => t.outcome !== 'audited').map((t) => `${t.tenant.name}: ${t.outcome}`);
    return {
      name,
      wallMs: ms(wall),
      memory,
      details: {
        tenants: results.tenants.map((t) => `${t.tenant.name} ${t.outcome}`).join(', '),
        'HTTP requests (all 4 servers)': `${requests} (${batched} Graph reads inside $batch)`,
        'report.html KiB': kb(sizes['report.html'] ?? 0),
        'other outputs KiB': Object.entries(sizes).filter(([f]) => f !== 'report.html').map(([f, b]) => `${f} ${kb(b)}`).join(', '),
        'check results': statusCounts(results.tenants.flatMap((t) => t.results.map((r) => r.status))),
      },
      problems,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** The demo's four tenants, audited through the real connectors. */
async function demoResults(): Promise<AuditResults> {
  const catalog = await loadCatalog();
  const environment = await startDemoTenants();
  try {
    return await runAudit(environment.config, { catalog, concurrency: 4, failOn: 'none', runtime: { env: { ...DEMO_ENV }, sleep: defaultSleep, maxTries: 3 }, logFor: () => silentLog });
  } finally {
    await environment.close();
  }
}

/** renderHtml over 300 tenants, made by repeating the demo's real results under new names. */
async function render300(name: string): Promise<ScenarioResult> {
  const base = await demoResults();
  const tenants = Array.from({ length: RENDER_TENANTS }, (_, i) => {
    const source = base.tenants[i % base.tenants.length]!;
    return { ...source, tenant: { ...source.tenant, name: `${source.tenant.name}-${String(i).padStart(3, '0')}`, id: `${source.tenant.id ?? 'tenant'}-${i}` } };
  });
  const results: AuditResults = { ...base, tenants, counts: base.counts };
  const coldStart = performance.now();
  renderHtml(base);
  const coldMs = performance.now() - coldStart;
  const sampler = startMemorySampler();
  const started = performance.now();
  const html = renderHtml(results);
  const wall = performance.now() - started;
  const memory = sampler.stop();
  const findings = tenants.reduce((n, t) => n + t.results.length, 0);
  const evidence = tenants.reduce((n, t) => n + t.results.reduce((m, r) => m + r.evidence.length, 0), 0);
  return {
    name,
    wallMs: ms(wall),
    memory,
    details: {
      input: `${RENDER_TENANTS} tenants, ${findings} check results, ${evidence} evidence items; results.json ${kb(Buffer.byteLength(JSON.stringify(results, null, 2)))} KiB`,
      'report.html KiB': kb(Buffer.byteLength(html)),
      'first render (4 tenants, includes template compile) ms': ms(coldMs),
    },
    problems: html.includes('</html>') ? [] : ['the rendered page has no closing </html>'],
  };
}

/** The combined report of 1,000 tenants in headless Chromium: time to the load event and per filter. */
async function rollup1000(name: string): Promise<ScenarioResult> {
  const base = await demoResults();
  const sampler = startMemorySampler();
  const started = performance.now();
  const figures = await measureInBrowser(repeatTenants(base, 1000));
  const memory = sampler.stop();
  const details: Record<string, string | number> = 'skipped' in figures
    ? { skipped: figures.skipped }
    : { 'report.html KiB': figures.htmlKiB, 'render ms': figures.renderMs, 'load event ms': figures.loadMs, 'DOM elements': figures.domNodes, 'first tenant opened ms': figures.firstOpenMs, 'second tenant opened ms': figures.secondOpenMs, ...Object.fromEntries(Object.entries(figures.filters).map(([k, v]) => [`filter ${k} ms`, v])) };
  const problems = 'skipped' in figures ? [] : [
    ...(figures.loadMs > 3000 ? [`load ${figures.loadMs} ms > 3000 ms`] : []),
    ...Object.entries(figures.filters).filter(([, v]) => v > 200).map(([k, v]) => `filter ${k} ${v} ms > 200 ms`),
  ];
  return { name, wallMs: ms(performance.now() - started), memory, details, problems };
}

function scaled(size: TenantSize, factor: number): TenantSize {
  return Object.fromEntries(Object.entries(size).map(([key, count]) => [key, Math.round(count * factor)])) as unknown as TenantSize;
}

/** The issue's 100,000-user tenant: the large tenant twice over (40,000 service principals, 720 role holders, …). */
const HUNDRED_K_TENANT = scaled(LARGE_TENANT, 2);

export const SCENARIOS: Record<string, { label: string; run: () => Promise<ScenarioResult> }> = {
  'm365-large': { label: 'M365 large tenant, all sections', run: () => m365Large('m365-large', 0) },
  'm365-large-429': { label: 'M365 large tenant, 10% reads 429', run: () => m365Large('m365-large-429', 0.1) },
  'm365-large-x2': { label: 'M365 tenant twice as large (linearity)', run: () => m365Large('m365-large-x2', 0, 0, HUNDRED_K_TENANT) },
  'm365-100k': { label: 'M365 100,000-user tenant, 20 ms latency', run: () => m365Large('m365-100k', 0, 20, HUNDRED_K_TENANT) },
  'm365-100k-pages-200': {
    label: 'M365 100,000-user tenant, userRegistrationDetails in pages of 200, 20 ms latency',
    run: () => m365Large('m365-100k-pages-200', 0, 20, { ...HUNDRED_K_TENANT, registrationPageSize: 200 }),
  },
  'm365-100k-cli': { label: 'M365 100,000-user tenant, 20 ms latency, the CLI with --save-snapshots', run: () => m365LargeCli('m365-100k-cli', 20, HUNDRED_K_TENANT, ['--save-snapshots']) },
  'm365-100k-cli-no-snapshot': { label: 'M365 100,000-user tenant, 20 ms latency, the CLI', run: () => m365LargeCli('m365-100k-cli-no-snapshot', 20, HUNDRED_K_TENANT, []) },
  'm365-large-20ms': { label: 'M365 large tenant, 20 ms latency', run: () => m365Large('m365-large-20ms', 0, 20) },
  'msp-c1': { label: `MSP ${MSP_TENANTS} tenants, concurrency 1, ${MSP_LATENCY_MS} ms latency`, run: () => msp('msp-c1', 1, MSP_LATENCY_MS) },
  'msp-c8': { label: `MSP ${MSP_TENANTS} tenants, concurrency 8, ${MSP_LATENCY_MS} ms latency`, run: () => msp('msp-c8', 8, MSP_LATENCY_MS) },
  'msp-c32': { label: `MSP ${MSP_TENANTS} tenants, concurrency 32, ${MSP_LATENCY_MS} ms latency`, run: () => msp('msp-c32', 32, MSP_LATENCY_MS) },
  'msp-c8-0ms': { label: `MSP ${MSP_TENANTS} tenants, concurrency 8, no latency (CPU only)`, run: () => msp('msp-c8-0ms', 8, 0) },
  demo: { label: 'Demo end to end (4 tenants, all reports)', run: () => demo('demo') },
  'render-300': { label: `renderHtml, ${RENDER_TENANTS} tenants`, run: () => render300('render-300') },
  'rollup-1000': { label: 'report.html of 1,000 tenants in headless Chromium: load and filters', run: () => rollup1000('rollup-1000') },
  'faulty-farm': { label: '60 demo tenants, half misbehaving (hangs, stalls, resets, 429/503 storms), concurrency 20', run: () => faultyFarm('faulty-farm') },
};
