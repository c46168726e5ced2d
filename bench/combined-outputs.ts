import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '../src/core/catalog.js';
import { defaultSleep } from '../src/core/connector.js';
import type { AuditResults, TenantAudit } from '../src/core/results.js';
import { DEMO_ENV, startDemoTenants } from '../src/demo/demo-tenants.js';
import * as combined from '../src/output/combined-outputs.js';
import * as lean from '../src/output/lean-tenant.js';
import { writeTenantResult } from '../src/output/tenant-files.js';
import { DEFAULT_FORMATS } from '../src/output/write-outputs.js';
import { createRedactor } from '../src/redaction/redactor.js';
import { runAudit } from '../src/runner/run-audit.js';
import { repeatTenants } from './rollup-browser.js';

/*
 * The combined outputs of a run, alone, from tenant files already on disk:
 *   npx tsx bench/combined-outputs.ts prepare DIR N   audits the demo tenants and writes N tenant files (their results repeated)
 *   npx tsx bench/combined-outputs.ts measure DIR [--heads]   writeCombinedOutputs with the default formats, in this fresh process
 * prints CPU (user + system), wall, and peak RSS / heap above the process's start. --heads hands over what a
 * run's runner keeps of each tenant it finished, so each file is read once.
 * The same DIR can be measured by another checkout of the code, so both read the same files.
 */
const [mode, dir, arg] = process.argv.slice(2);
const NAMES_FILE = 'bench-names.json';

if (mode === 'prepare') {
  const environment = await startDemoTenants();
  let base: AuditResults;
  try {
    base = await runAudit(environment.config, { catalog: await loadCatalog(), concurrency: 4, failOn: 'none', runtime: { env: { ...DEMO_ENV }, sleep: defaultSleep, maxTries: 3 }, logFor: () => ({ info: () => {}, warn: () => {} }) });
  } finally {
    await environment.close();
  }
  const results = repeatTenants(base, Number(arg ?? 1000));
  for (const audit of results.tenants) await writeTenantResult(dir!, audit, createRedactor());
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(dir!, NAMES_FILE), JSON.stringify(results.tenants.map((t) => t.tenant.name)));
  process.stdout.write(`${results.tenants.length} tenant files in ${dir}\n`);
} else if (mode === 'measure') {
  const names = JSON.parse(await readFile(join(dir!, NAMES_FILE), 'utf8')) as string[];
  const run = { startedAt: new Date().toISOString(), failOn: 'none' as const, profile: 'strict', tenants: names };
  // What a run's runner hands over, made before the measured part as the runner would have: the tenants' heads
  // (counts), and for a checkout older than heads its lean copies.
  const LeanTenants = (lean as { LeanTenants?: new () => { add(audit: TenantAudit): TenantAudit } }).LeanTenants;
  let known: unknown;
  if (arg === '--heads') {
    const heads = new Map<string, Pick<TenantAudit, 'tenant' | 'counts'>>();
    const copies = LeanTenants ? new LeanTenants() : undefined;
    for (const name of names) {
      const audit = JSON.parse(await readFile(join(dir!, 'tenants', name, 'tenant-result.json'), 'utf8')) as TenantAudit;
      heads.set(name, { tenant: audit.tenant, counts: audit.counts });
      copies?.add(audit);
    }
    known = { heads, known: copies };
  }
  const redactor = createRedactor();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  let peakHeap = heap0;
  const timer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 10);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const write = combined.writeCombinedOutputs as (...args: unknown[]) => Promise<unknown>;
  await write(dir, run, DEFAULT_FORMATS, redactor, undefined, {}, known);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${names.length} tenants, formats ${DEFAULT_FORMATS.join(',')}${known ? ', heads handed over' : ''}: CPU ${(cpu.user / 1e6).toFixed(2)} + ${(cpu.system / 1e6).toFixed(2)} s, wall ${(wall / 1000).toFixed(2)} s, peak RSS ${mb(maxRss)} MB (start ${mb(rss0)} MB), peak heap ≥ ${mb(peakHeap)} MB (start ${mb(heap0)} MB)\n`);
} else {
  process.stderr.write('usage: combined-outputs.ts prepare DIR N | measure DIR [--heads]\n');
  process.exit(2);
}
