import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { providerModules } from '../../src/connectors/registry.js';
import { expectUsageError } from './expect-usage-error.js';
import { runCli } from './run-cli.js';

const TENANTS = `tenants:
  - name: contoso
    provider: m365
    tenantId: contoso.onmicrosoft.com
    auth: { type: token, tokenEnv: T }
    checks: { exclude: [m365-ca-mfa-all-users] }
  - name: northwind
    provider: gws
    auth: { type: token, tokenEnv: T }
`;

describe('the checks a run selects are the checks it names', () => {
  let dir: string;
  let config: string;
  const connectors = () => Object.values(providerModules).map((module) => vi.spyOn(module!, 'createConnector'));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-checks-'));
    config = join(dir, 'tenants.yaml');
    await writeFile(config, TENANTS);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses an unknown --checks id with the closest one, before any tenant is read', async () => {
    const spies = connectors();
    const run = await runCli(['audit', '-c', config, '-o', join(dir, 'out'), '--checks', 'm365-ca-mfa-admin', '--fail-on', 'high']);
    expectUsageError(run, '--checks: no Microsoft 365 or Google Workspace check has the id "m365-ca-mfa-admin"; did you mean "m365-ca-mfa-admins"?');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('refuses a --checks prefix that matches none of the run\'s tenants', async () => {
    const run = await runCli(['audit', '-c', config, '--tenant', 'contoso', '--checks', 'gws-share-']);
    expectUsageError(run, '--checks: "gws-share-" selects only Google Workspace checks, none of this run\'s tenants (Microsoft 365)');
  });

  it('exits 2 when --checks leaves a tenant with no check, naming it', async () => {
    const mixed = await runCli(['audit', '-c', config, '--checks', 'm365-ca-']);
    expectUsageError(mixed, '--checks: selects no check of tenant "northwind" (Google Workspace): nothing would be audited there');
    const excluded = await runCli(['audit', '-c', config, '--tenant', 'contoso', '--checks', 'm365-ca-mfa-all-users']);
    expectUsageError(excluded, 'tenant "contoso" (Microsoft 365) once its checks.exclude (m365-ca-mfa-all-users) applies');
  });

  it('exits 2 for a config that selects no check, in audit, collect and evaluate alike', async () => {
    const empty = join(dir, 'empty.yaml');
    await writeFile(empty, TENANTS.replace('exclude: [m365-ca-mfa-all-users]', 'exclude: [m365-]'));
    const spies = connectors();
    for (const args of [['audit', '-c', empty], ['collect', '-c', empty, '-o', join(dir, 'snapshots')], ['evaluate', '-c', empty, '-s', join(dir, 'missing.snapshot.json')]]) {
      const run = await runCli(args);
      expectUsageError(run, empty, 'tenants[0] "contoso": checks: selects no Microsoft 365 check (exclude m365-): nothing would be audited');
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('refuses an unknown id in permissions --checks too', async () => {
    expectUsageError(await runCli(['permissions', 'gws', '--checks', 'gws-mfa-2sv-enforce']), 'did you mean "gws-mfa-2sv-enforced"?');
  });
});
