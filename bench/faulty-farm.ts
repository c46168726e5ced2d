import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseConfig } from '../src/config/load-config.js';
import { loadCatalog } from '../src/core/catalog.js';
import { defaultSleep, type CollectLog } from '../src/core/connector.js';
import { DEMO_ENV, DEMO_FIXTURES, startDemoTenants } from '../src/demo/demo-tenants.js';
import type { TenantAudit } from '../src/core/results.js';
import { startFixtureServer, type FixtureIntercept, type RunningFixtureServer } from '../src/demo/fixture-server.js';
import { runAudit } from '../src/runner/run-audit.js';
import { startMemorySampler } from './memory-sampler.js';
import type { ScenarioResult } from './scenario-result.js';

const FOLDERS = ['m365-contoso', 'gws-demo', 'salesforce-acme'];
const TENANTS = 60;
const CONCURRENCY = 20;
/** Limits as an operator would set them for a run that must end: a hang costs at most the deadline. */
const LIMITS = { headersTimeoutMs: 2_000, idleTimeoutMs: 2_000, requestTimeoutMs: 4_000, maxRetryWaitMs: 2_000, maxTries: 3 };
const DEADLINE_MS = 8_000;
const silentLog: CollectLog = { info: () => {}, warn: () => {} };

const FAULTS: Record<string, FixtureIntercept | undefined> = {
  clean: undefined,
  'hang every request': () => true,
  'stall every body': (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"value": [');
    return true;
  },
  'reset every request': (req: IncomingMessage) => {
    req.socket.destroy();
    return true;
  },
  '429 storm, Retry-After 86400': (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(429, { 'retry-after': '86400', 'content-type': 'application/json' });
    res.end('{"error":{"code":"TooManyRequests","message":"slow down"}}');
    return true;
  },
  '503 storm': (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(503);
    res.end();
    return true;
  },
};

const verdicts = (tenant: TenantAudit) => tenant.results.map((r) => `${r.checkId} ${r.status} ${r.summary}`);

/** Each demo tenant's verdicts when audited on its own, with nothing misbehaving. */
async function baselineVerdicts(): Promise<Map<string, string[]>> {
  const demo = await startDemoTenants(DEMO_FIXTURES, { only: FOLDERS });
  try {
    const results = await runAudit(demo.config, { catalog: await loadCatalog(), concurrency: 3, failOn: 'none', runtime: { env: { ...DEMO_ENV }, sleep: defaultSleep, maxTries: 3 }, logFor: () => silentLog });
    return new Map(results.tenants.map((t) => [t.tenant.name, verdicts(t)]));
  } finally {
    await demo.close();
  }
}

/** 60 demo tenants over three providers, half of them misbehaving in one way each, at concurrency 20. */
export async function faultyFarm(name: string): Promise<ScenarioResult> {
  const faultNames = Object.keys(FAULTS);
  const servers: RunningFixtureServer[] = [];
  const entries: string[] = [];
  const faultOf = new Map<string, string>();
  try {
    for (let i = 0; i < TENANTS; i++) {
      const folder = FOLDERS[i % FOLDERS.length]!;
      const fault = faultNames[Math.floor(i / FOLDERS.length) % faultNames.length]!;
      const server = await startFixtureServer(join(DEMO_FIXTURES, folder), FAULTS[fault]);
      servers.push(server);
      const tenantName = `${folder}-${String(i).padStart(2, '0')}`;
      faultOf.set(tenantName, fault);
      const yaml = (await readFile(join(DEMO_FIXTURES, folder, 'tenant.yaml'), 'utf8')).replaceAll('{{baseUrl}}', server.baseUrl).replace(/^name: .*$/m, `name: ${tenantName}`);
      const lines = yaml.trimEnd().split('\n').filter((line) => !line.startsWith('#'));
      entries.push([`  - ${lines[0]}`, ...lines.slice(1).map((line) => `    ${line}`)].join('\n'));
    }
    const baseline = await baselineVerdicts();
    const catalog = await loadCatalog();
    const config = parseConfig(`tenants:\n${entries.join('\n')}\n`, join(DEMO_FIXTURES, 'faulty-farm.yaml'), catalog);
    const sampler = startMemorySampler();
    const started = performance.now();
    const results = await runAudit(config, {
      catalog,
      concurrency: CONCURRENCY,
      failOn: 'none',
      runtime: { env: { ...DEMO_ENV }, sleep: defaultSleep, maxTries: LIMITS.maxTries, limits: LIMITS, tenantDeadlineMs: DEADLINE_MS },
      logFor: () => silentLog,
    });
    const wall = performance.now() - started;
    const memory = sampler.stop();
    const rounds = Math.ceil(TENANTS / CONCURRENCY);
    const bound = rounds * (DEADLINE_MS + 2_000);
    const problems: string[] = [];
    if (wall > bound) problems.push(`wall ${Math.round(wall)} ms is over the bound of ${bound} ms (${rounds} rounds of the ${DEADLINE_MS} ms deadline plus grace)`);
    if (results.tenants.length !== TENANTS) problems.push(`${results.tenants.length} of ${TENANTS} tenants have a result`);
    const slowest: Record<string, number> = {};
    for (const tenant of results.tenants) {
      const fault = faultOf.get(tenant.tenant.name)!;
      slowest[fault] = Math.max(slowest[fault] ?? 0, tenant.durationMs);
      const folder = tenant.tenant.name.replace(/-\d+$/, '');
      if (fault === 'clean' && JSON.stringify(verdicts(tenant)) !== JSON.stringify(baseline.get(folder))) {
        problems.push(`${tenant.tenant.name} (clean) was touched: its verdicts differ from the same tenant audited alone`);
      }
      if (fault !== 'clean' && tenant.results.some((r) => r.status === 'pass')) problems.push(`${tenant.tenant.name} (${fault}) has a pass on data it could not read`);
    }
    return {
      name,
      wallMs: Math.round(wall),
      memory,
      details: {
        setup: `${TENANTS} tenants (${FOLDERS.join(', ')}), concurrency ${CONCURRENCY}; limits ${JSON.stringify(LIMITS)}; deadline ${DEADLINE_MS} ms`,
        'bound (rounds × (deadline + grace)) ms': bound,
        outcomes: Object.entries(
          results.tenants.reduce<Record<string, number>>((acc, t) => ((acc[`${faultOf.get(t.tenant.name)}: ${t.outcome}`] = (acc[`${faultOf.get(t.tenant.name)}: ${t.outcome}`] ?? 0) + 1), acc), {}),
        )
          .map(([k, v]) => `${k} ×${v}`)
          .join('; '),
        'slowest tenant per fault ms': Object.entries(slowest).map(([k, v]) => `${k} ${v}`).join('; '),
      },
      problems,
    };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}
