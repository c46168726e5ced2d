import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { loadCatalog } from '../core/catalog.js';
import { parseConfig, type AuditConfig } from '../config/load-config.js';
import { startFixtureServer, type FixtureIntercept, type RunningFixtureServer } from './fixture-server.js';

export const DEMO_FIXTURES = join(PACKAGE_ROOT, 'fixtures', 'demo');

/** Not a secret: the demo's loopback servers accept any bearer token. */
export const DEMO_ENV = { DEMO_TOKEN: 'demo-token-for-the-loopback-fixture-server' } as const;

export interface DemoEnvironment {
  config: AuditConfig;
  servers: RunningFixtureServer[];
  close(): Promise<void>;
}

/**
 * Starts one loopback server per demo tenant (fixtures/demo/<tenant>/routes.json) and builds the
 * tenants config from each tenant.yaml, pointed at its server.
 */
export interface DemoOptions {
  /** Only these tenant folders. */
  only?: readonly string[];
  /** A misbehaviour for a tenant's server (fault-injection tests). */
  intercept?: (folder: string) => FixtureIntercept | undefined;
}

export async function startDemoTenants(fixturesDir: string = DEMO_FIXTURES, options: DemoOptions = {}): Promise<DemoEnvironment> {
  const folders = (await readdir(fixturesDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && (!options.only || options.only.includes(d.name)))
    .map((d) => d.name)
    .sort();
  const servers: RunningFixtureServer[] = [];
  const entries: string[] = [];
  try {
    for (const folder of folders) {
      const dir = join(fixturesDir, folder);
      let tenantYaml: string;
      try {
        tenantYaml = await readFile(join(dir, 'tenant.yaml'), 'utf8');
      } catch {
        continue;
      }
      const server = await startFixtureServer(dir, options.intercept?.(folder));
      servers.push(server);
      const body = tenantYaml.replaceAll('{{baseUrl}}', server.baseUrl).trimEnd().split('\n');
      entries.push([`  - ${body[0]}`, ...body.slice(1).map((line) => `    ${line}`)].join('\n'));
    }
    const text = `defaults:\n  concurrency: 4\ntenants:\n${entries.join('\n')}\n`;
    const config = parseConfig(text, join(fixturesDir, 'tenants.yaml'), await loadCatalog());
    return { config, servers, close: async () => void (await Promise.all(servers.map((s) => s.close()))) };
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }
}
