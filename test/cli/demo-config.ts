import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { stringify } from 'yaml';
import { DEMO_ENV, startDemoTenants, type DemoEnvironment } from '../../src/demo/demo-tenants.js';

export interface DemoConfig {
  demo: DemoEnvironment;
  /** A scratch folder, removed after the file's tests. */
  dir: string;
  /** The demo config as a user would write it: each tenant's entry, pointed at its loopback server. */
  configFile: string;
}

/** Serves the demo tenants for the tests of one file, with DEMO_TOKEN set; the fields are filled once beforeAll has run. */
export function useDemoConfig(prefix: string): DemoConfig {
  const state = {} as DemoConfig;
  const savedToken = process.env.DEMO_TOKEN;
  beforeAll(async () => {
    state.demo = await startDemoTenants();
    state.dir = await mkdtemp(join(tmpdir(), prefix));
    state.configFile = join(state.dir, 'tenants.yaml');
    await writeFile(state.configFile, stringify({ tenants: state.demo.config.tenants.map((t) => t.entry) }));
    process.env.DEMO_TOKEN = DEMO_ENV.DEMO_TOKEN;
  });
  afterAll(async () => {
    if (savedToken === undefined) delete process.env.DEMO_TOKEN;
    else process.env.DEMO_TOKEN = savedToken;
    await state.demo?.close();
    if (state.dir) await rm(state.dir, { recursive: true, force: true });
  });
  return state;
}
