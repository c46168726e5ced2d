import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { loadConfig } from '../../src/config/load-config.js';
import { runCli } from '../cli/run-cli.js';
import { graphError, useStrictNock } from '../connectors/m365/graph-nock.js';

useStrictNock();

const GRAPH = 'https://graph.microsoft.com';
const PARTNER = '8777b240-c6f0-4469-9e98-a3205431b836';
const TOKEN = 'partner-graph-token-123456';
const AUTH = { reqheaders: { authorization: `Bearer ${TOKEN}` } };
const CUSTOMERS_QUERY = { $select: 'id,tenantId,displayName', $top: '300' };

/** A delegatedAdminCustomer as https://learn.microsoft.com/graph/api/tenantrelationship-list-delegatedadmincustomers shows it. */
const customer = (tenantId: string, displayName: string) => ({
  '@odata.type': '#microsoft.graph.delegatedAdminCustomer',
  '@odata.etag': 'W/"JyIxODAwMTMzZi0wMDAwLTAyMDAtMDAwMC02MTNjMGFhZTAwMDAiJw=="',
  id: tenantId,
  tenantId,
  displayName,
});
const CONTOSO = '4fdbff88-9d6b-42e0-9713-45c922ba8001';
const SUBSIDIARY = '1c0fa218-5dec-49db-8247-cfa457af8116';
const FABRIKAM = '52eaad04-13a2-4a2f-9ce8-93a294fadf36';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-discover-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  process.env.PARTNER_TOKEN = TOKEN;
});
afterEach(() => {
  delete process.env.PARTNER_TOKEN;
});

const discover = (...extra: string[]) => runCli(['discover', 'm365', '--partner-tenant', PARTNER, '--token-env', 'PARTNER_TOKEN', ...extra]);

function customersAnswer() {
  return nock(GRAPH, AUTH)
    .get('/v1.0/tenantRelationships/delegatedAdminCustomers')
    .query(CUSTOMERS_QUERY)
    .reply(200, {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminCustomers',
      value: [customer(CONTOSO, 'Contoso Inc'), customer(SUBSIDIARY, 'Contoso subsidiary Inc')],
      '@odata.nextLink': `${GRAPH}/v1.0/tenantRelationships/delegatedAdminCustomers?$select=id,tenantId,displayName&$top=300&$skiptoken=page2`,
    })
    .get('/v1.0/tenantRelationships/delegatedAdminCustomers')
    .query({ ...CUSTOMERS_QUERY, $skiptoken: 'page2' })
    .reply(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminCustomers', value: [customer(FABRIKAM, 'Fabrikam, Inc. (Ünïcode)')] });
}

describe('discover m365: the GDAP customers of a partner tenant', () => {
  it('reads every page and prints one entry per customer, named from its display name', async () => {
    customersAnswer();
    const run = await discover('--entry-auth', 'msp-m365');
    expect(run.stderr).toMatch(/3 customer tenant\(s\) listed/);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain('# Contoso Inc\n');
    expect(run.stdout).toMatch(/- name: contoso-inc\n\s+provider: m365\n\s+tenantId: 4fdbff88-9d6b-42e0-9713-45c922ba8001\n\s+auth: msp-m365\n/);
    expect(run.stdout).toContain('name: contoso-subsidiary-inc\n');
    expect(run.stdout).toContain('name: fabrikam-inc.unicode\n');
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('with --active-only keeps the customers with an active relationship (and only those, whatever the answer holds)', async () => {
    customersAnswer();
    nock(GRAPH, AUTH)
      .get('/v1.0/tenantRelationships/delegatedAdminRelationships')
      .query({ $filter: "status eq 'active'", $select: 'id,status,customer', $top: '300' })
      // Shaped as https://learn.microsoft.com/graph/api/tenantrelationship-list-delegatedadminrelationships shows it, trimmed to what $select asks.
      .reply(200, {
        value: [
          { '@odata.type': '#microsoft.graph.delegatedAdminRelationship', id: 'r1', displayName: 'Contoso admin relationship', status: 'active', customer: { tenantId: CONTOSO, displayName: 'Contoso Inc' } },
          { '@odata.type': '#microsoft.graph.delegatedAdminRelationship', id: 'r2', displayName: 'Contoso subsidiary relationship', status: 'terminated', customer: { tenantId: SUBSIDIARY, displayName: 'Contoso subsidiary Inc' } },
        ],
      });
    const run = await discover('--active-only');
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain(`tenantId: ${CONTOSO}`);
    expect(run.stdout).not.toContain(SUBSIDIARY);
    expect(run.stdout).not.toContain(FABRIKAM);
    expect(run.stdout).not.toContain('auth:');
  });

  it('a 403 stops with exit 3 and names the permission to grant', async () => {
    nock(GRAPH, AUTH)
      .get('/v1.0/tenantRelationships/delegatedAdminCustomers')
      .query(CUSTOMERS_QUERY)
      .reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
    const run = await discover();
    expect(run.code).toBe(EXIT.tenantFailed);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Graph denied GET \/v1\.0\/tenantRelationships\/delegatedAdminCustomers .*grant the app DelegatedAdminRelationship\.Read\.All \(application\)/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a 401 is refused credentials (exit 3), the token never printed', async () => {
    nock(GRAPH, AUTH)
      .get('/v1.0/tenantRelationships/delegatedAdminCustomers')
      .query(CUSTOMERS_QUERY)
      .reply(401, graphError('InvalidAuthenticationToken', `Access token validation failure for ${TOKEN}.`));
    const run = await discover();
    expect(run.code).toBe(EXIT.tenantFailed);
    expect(run.stderr).toMatch(/Graph refused the credentials/);
    expect(run.stderr).not.toContain(TOKEN);
  });

  it('a 200 without value is an error, never "no customers"', async () => {
    nock(GRAPH, AUTH).get('/v1.0/tenantRelationships/delegatedAdminCustomers').query(CUSTOMERS_QUERY).reply(200, { '@odata.context': 'x' });
    const run = await discover('--out', join(dir, 'never.yaml'));
    expect(run.code).toBe(EXIT.tenantFailed);
    expect(run.stderr).toMatch(/delegatedAdminCustomers.*collection with "value"/);
    await expect(readFile(join(dir, 'never.yaml'))).rejects.toThrow(/ENOENT/);
  });

  it('an entry Graph does not document (no tenantId) is an error naming the field', async () => {
    nock(GRAPH, AUTH).get('/v1.0/tenantRelationships/delegatedAdminCustomers').query(CUSTOMERS_QUERY).reply(200, { value: [{ id: 'x', displayName: 'No id' }] });
    const run = await discover();
    expect(run.code).toBe(EXIT.tenantFailed);
    expect(run.stderr).toMatch(/"0\.tenantId": Required/);
  });

  it('without sign-in options it is a usage error before any request', async () => {
    const run = await runCli(['discover', 'm365', '--partner-tenant', PARTNER]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/sign in with --config and --credentials/);
  });
});

describe('discover m365 --out: appended to tenants.yaml, atomically, without duplicates', () => {
  const existing = (extra = '') => `# our clients
credentials:
  msp-m365:
    provider: m365
    type: token
    tokenEnv: PARTNER_TOKEN
tenants:
  # added by hand, tenantId in upper case
  - name: contoso-inc
    provider: m365
    tenantId: ${CONTOSO.toUpperCase()}
    auth: msp-m365
${extra}`;

  it('signs in with the profile, adds the new customers under free names and keeps the file as it was', async () => {
    const file = join(dir, 'tenants.yaml');
    await writeFile(file, existing(`  - name: contoso-subsidiary-inc\n    provider: m365\n    tenantId: other.onmicrosoft.com\n    auth: msp-m365\n`));
    customersAnswer();
    const run = await runCli(['discover', 'm365', '--partner-tenant', PARTNER, '--config', file, '--credentials', 'msp-m365', '--out', file]);
    expect(run.stderr).toMatch(/2 customer tenant\(s\) added to .*tenants\.yaml; 1 already in it/);
    expect(run.code).toBe(EXIT.ok);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('# our clients\n')).toBe(true);
    expect(text).toContain('# added by hand, tenantId in upper case');
    const config = await loadConfig(file);
    expect(config.tenants.map((t) => [t.name, t.entry.tenantId])).toEqual([
      ['contoso-inc', CONTOSO.toUpperCase()],
      ['contoso-subsidiary-inc', 'other.onmicrosoft.com'],
      ['contoso-subsidiary-inc-2', SUBSIDIARY],
      ['fabrikam-inc.unicode', FABRIKAM],
    ]);
    expect(config.tenants[2]!.entry.auth).toEqual({ type: 'token', tokenEnv: 'PARTNER_TOKEN' });
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('run again, adds nothing and leaves the file byte for byte', async () => {
    const file = join(dir, 'again.yaml');
    await writeFile(file, existing());
    customersAnswer();
    await runCli(['discover', 'm365', '--partner-tenant', PARTNER, '--config', file, '--credentials', 'msp-m365', '--out', file]);
    const first = await readFile(file, 'utf8');
    customersAnswer();
    const run = await runCli(['discover', 'm365', '--partner-tenant', PARTNER, '--config', file, '--credentials', 'msp-m365', '--out', file]);
    expect(run.stderr).toMatch(/0 customer tenant\(s\) added .*; 3 already in it/);
    expect(await readFile(file, 'utf8')).toBe(first);
  });

  it('refuses (exit 2, file untouched) when the new entries would not load: their profile is missing', async () => {
    const file = join(dir, 'no-profile.yaml');
    const before = 'tenants:\n  - name: a\n    provider: m365\n    tenantId: a.onmicrosoft.com\n    auth: { type: token, tokenEnv: T }\n';
    await writeFile(file, before);
    customersAnswer();
    const run = await discover('--entry-auth', 'msp-m365', '--out', file);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/tenants\[1\] "contoso-inc": auth: "msp-m365" is not a profile under credentials: .*left as it was/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('an unknown --credentials profile is a config error naming the file', async () => {
    const file = join(dir, 'profiles.yaml');
    await writeFile(file, existing());
    const run = await runCli(['discover', 'm365', '--partner-tenant', PARTNER, '--config', file, '--credentials', 'msp-365']);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(/"msp-365" is not a profile under credentials: .*did you mean "msp-m365"/);
  });
});
