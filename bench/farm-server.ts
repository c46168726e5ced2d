import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { ServerResponse } from 'node:http';
import { DEMO_FIXTURES } from '../src/demo/demo-tenants.js';
import { startFixtureServer, type FixtureIntercept, type RunningFixtureServer } from '../src/demo/fixture-server.js';
import { startGraphDouble } from './graph-double.js';
import type { TenantSize } from './synthetic-tenant.js';

/*
 * The farm's servers, in their own process so the CLI's memory figures are its own: the Graph double
 * for the Microsoft 365 tenants (one port each, sizes as given) and the recorded demo answers for the
 * Google Workspace and Salesforce tenants, every answer held back by the same latency. Prints
 * {"m365":[ports],"gws":[urls],"salesforce":[urls]} once listening; answers a "timings" line with each
 * tenant's request arrival/answer times and the process's CPU time; exits when stdin closes.
 */
export interface FarmServerOptions {
  m365Sizes: TenantSize[];
  gws: number;
  salesforce: number;
  latencyMs: number;
}

const SAFETY_EXIT_MS = 30 * 60_000;
const options = JSON.parse(process.argv[2] ?? '{}') as FarmServerOptions;

/** Holds every answer back by the latency and logs when it arrived and when it was answered. */
function delayed(timings: [number, number][]): FixtureIntercept {
  return (_request, response: ServerResponse) => {
    const arrived = performance.now();
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.end = ((...args: unknown[]) => {
      setTimeout(() => {
        end(...args);
        timings.push([arrived, performance.now()]);
      }, options.latencyMs);
      return response;
    }) as ServerResponse['end'];
    return false;
  };
}

const graph = await startGraphDouble({ tenants: options.m365Sizes.length, size: options.m365Sizes[0]!, sizes: options.m365Sizes, throttleRate: 0, seed: 9, latencyMs: options.latencyMs });
const fixtureTimings: Record<'gws' | 'salesforce', [number, number][][]> = { gws: [], salesforce: [] };
const fixtureServers: RunningFixtureServer[] = [];
for (const [provider, folder, count] of [['gws', 'gws-demo', options.gws], ['salesforce', 'salesforce-acme', options.salesforce]] as const) {
  for (let i = 0; i < count; i++) {
    const timings: [number, number][] = [];
    fixtureTimings[provider].push(timings);
    fixtureServers.push(await startFixtureServer(join(DEMO_FIXTURES, folder), delayed(timings)));
  }
}
const urls = (from: number, count: number) => fixtureServers.slice(from, from + count).map((s) => s.baseUrl);
const guard = setTimeout(() => process.exit(2), SAFETY_EXIT_MS);
process.stdout.write(`${JSON.stringify({ m365: graph.ports, gws: urls(0, options.gws), salesforce: urls(options.gws, options.salesforce) })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() !== 'timings') return;
  process.stdout.write(`${JSON.stringify({ m365: graph.stats().map((s) => s.timings), ...fixtureTimings, cpu: process.cpuUsage() })}\n`);
});
lines.on('close', () => {
  clearTimeout(guard);
  void Promise.all([graph.close(), ...fixtureServers.map((s) => s.close())]).then(() => process.exit(0));
});
