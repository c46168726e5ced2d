import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorRuntime } from '../../src/core/connector.js';
import type { Provider, Section } from '../../src/core/model.js';
import { providerModule } from '../../src/connectors/registry.js';
import { DEMO_ENV, startDemoTenants } from '../../src/demo/demo-tenants.js';
import { FAULTS, TARGETS, faultIntercept, startAttacker, type Fault } from './fault-doubles.js';

/** Small limits, so a hang costs under a second a try; waits are recorded, never slept. */
const LIMITS = { headersTimeoutMs: 800, idleTimeoutMs: 800, requestTimeoutMs: 4_000, maxTries: 3, maxRetryWaitMs: 120_000, maxBodyBytes: 256 * 1024 };
const BOUND_MS = 10_000;

let attacker: Awaited<ReturnType<typeof startAttacker>>;
beforeAll(async () => {
  attacker = await startAttacker();
});
afterAll(async () => {
  await attacker.close();
});

async function collectWith(name: string, fault: Fault | undefined) {
  const target = TARGETS[name]!;
  const provider: Provider = target.provider;
  const demo = await startDemoTenants(undefined, { only: [target.folder], intercept: () => (fault ? faultIntercept(fault, target, attacker.url) : undefined) });
  const waits: number[] = [];
  const runtime: ConnectorRuntime = { configDir: demo.config.dir, env: { ...DEMO_ENV }, sleep: async (ms) => void waits.push(ms), maxTries: LIMITS.maxTries, limits: LIMITS };
  const tenant = demo.config.tenants[0]!;
  const started = performance.now();
  try {
    const connector = providerModule(provider).createConnector(tenant.entry, runtime);
    const out = await connector.collect({ sections: [target.section] as never[], settings: tenant.settings, log: { info() {}, warn() {} } });
    const section = (out.sections as Record<string, Section<unknown>>)[target.section];
    return { section, waits, elapsed: performance.now() - started };
  } finally {
    await demo.close();
  }
}

describe.each(Object.keys(TARGETS))('fault table: %s', (name) => {
  const provider = TARGETS[name]!.provider;
  let clean: Section<unknown> | undefined;
  beforeAll(async () => {
    clean = (await collectWith(name, undefined)).section;
  });

  it('reads the target section when nothing misbehaves', () => {
    expect(clean?.status).toBe('ok');
  });

  const faults = FAULTS.filter((f) => (!f.providers || f.providers.includes(provider)) && !(f.paging && TARGETS[name]!.unpaged));
  it.each(faults.map((f) => [f.name, f] as const))('%s', async (_name, fault) => {
    attacker.requests.length = 0;
    const { section, waits, elapsed } = await collectWith(name, fault);
    expect(elapsed, 'bounded time').toBeLessThan(BOUND_MS);
    expect(attacker.requests, 'nothing reaches another origin').toEqual([]);
    for (const wait of waits) {
      expect(wait, 'a retry always waits').toBeGreaterThan(0);
      expect(wait, 'Retry-After is capped').toBeLessThanOrEqual(LIMITS.maxRetryWaitMs);
    }
    expect(waits.length, 'tries are bounded').toBeLessThan(LIMITS.maxTries);
    if (process.env.FAULT_TABLE_PRINT) console.log(name, fault.name, JSON.stringify(section?.status === 'error' ? section.error : section?.status), waits);
    if (fault.outcome === 'ok') {
      expect(section).toEqual(clean);
    } else {
      expect(section?.status, 'never ok on data it did not fully read').toBe('error');
      if (section?.status === 'error') expect(fault.codes).toContain(section.error.code);
    }
  }, 15_000);
});
