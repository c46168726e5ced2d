import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { loadConfig } from '../../src/config/load-config.js';
import { runCli } from '../cli/run-cli.js';
import { useStrictNock } from '../connectors/m365/graph-nock.js';

useStrictNock();

const RESELLER = 'https://reseller.googleapis.com';
const TOKEN = 'ya29.reseller-token-abcdef';
const AUTH = { reqheaders: { authorization: `Bearer ${TOKEN}` } };

/** A Subscription as https://developers.google.com/workspace/admin/reseller/reference/rest/v1/subscriptions documents it. */
const subscription = (customerId: string, customerDomain: string, skuId = '1010020027') => ({
  kind: 'reseller#subscription',
  customerId,
  customerDomain,
  subscriptionId: `${customerId}-${skuId}`,
  skuId,
  skuName: 'Google Workspace Business Starter',
  plan: { planName: 'ANNUAL_MONTHLY_PAY', isCommitmentPlan: true },
  status: 'ACTIVE',
  resourceUiUrl: 'https://admin.google.com/',
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-discover-gws-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  process.env.RESELLER_TOKEN = TOKEN;
});
afterEach(() => {
  delete process.env.RESELLER_TOKEN;
});

const discover = (...extra: string[]) => runCli(['discover', 'gws', '--reseller', '--token-env', 'RESELLER_TOKEN', ...extra]);

function subscriptionsAnswer() {
  return nock(RESELLER, AUTH)
    .get('/apps/reseller/v1/subscriptions')
    .query({ maxResults: '100' })
    .reply(200, { kind: 'reseller#subscriptions', subscriptions: [subscription('C01aaaaaa', 'northwind.example'), subscription('C02bbbbbb', 'tailspin.example'), subscription('C01aaaaaa', 'northwind.example', '1010020028')], nextPageToken: 'page-2' })
    .get('/apps/reseller/v1/subscriptions')
    .query({ maxResults: '100', pageToken: 'page-2' })
    .reply(200, { kind: 'reseller#subscriptions', subscriptions: [subscription('C03cccccc', 'adatum.example')] });
}

describe('discover gws --reseller: a reseller\'s customers from its subscriptions', () => {
  it('reads every page, one entry per customer (not per subscription), with the customer admin as subject', async () => {
    subscriptionsAnswer();
    const run = await discover('--entry-auth', 'msp-gws', '--customer-admin', 'tenant-audit');
    expect(run.stderr).toMatch(/3 customer\(s\) listed/);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout.match(/- name:/g)).toHaveLength(3);
    expect(run.stdout).toMatch(/- name: adatum.example\n\s+provider: gws\n\s+customerId: C03cccccc\n\s+primaryDomain: adatum.example\n\s+auth:\n\s+credentials: msp-gws\n\s+subject: tenant-audit@adatum.example\n/);
    expect(run.stdout.indexOf('adatum')).toBeLessThan(run.stdout.indexOf('northwind'));
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('a page with no subscriptions field (none) is an empty list, not an error', async () => {
    nock(RESELLER, AUTH).get('/apps/reseller/v1/subscriptions').query({ maxResults: '100' }).reply(200, { kind: 'reseller#subscriptions' });
    const run = await discover();
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toMatch(/0 customer\(s\) listed/);
  });

  it('a 200 without the documented kind is an error', async () => {
    nock(RESELLER, AUTH).get('/apps/reseller/v1/subscriptions').query({ maxResults: '100' }).reply(200, { subscriptions: [] });
    const run = await discover();
    expect(run.code).toBe(EXIT.tenantFailed);
    expect(run.stderr).toMatch(/without the documented "kind"/);
  });

  it('a 403 for the scope names apps.order.readonly', async () => {
    nock(RESELLER, AUTH)
      .get('/apps/reseller/v1/subscriptions')
      .query({ maxResults: '100' })
      .reply(403, { error: { code: 403, message: 'Request had insufficient authentication scopes.', status: 'PERMISSION_DENIED', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }] } });
    const run = await discover();
    expect(run.code).toBe(EXIT.tenantFailed);
    expect(run.stderr).toMatch(/needs the scope https:\/\/www\.googleapis\.com\/auth\/apps\.order\.readonly/);
  });

  it('--out appends entries that load through the profile, with the subject added', async () => {
    const file = join(dir, 'tenants.yaml');
    await writeFile(file, 'credentials:\n  msp-gws:\n    provider: gws\n    type: serviceAccount\n    keyEnv: MSP_GWS_KEY\n');
    subscriptionsAnswer();
    const run = await discover('--entry-auth', 'msp-gws', '--customer-admin', 'tenant-audit', '--out', file);
    expect(run.stderr).toMatch(/3 customer\(s\) added to/);
    const config = await loadConfig(file);
    expect(config.tenants.map((t) => t.name)).toEqual(['adatum.example', 'northwind.example', 'tailspin.example']);
    expect(config.tenants[1]!.entry).toMatchObject({ customerId: 'C01aaaaaa', auth: { type: 'serviceAccount', keyEnv: 'MSP_GWS_KEY', subject: 'tenant-audit@northwind.example' } });
  });

  it('--out refuses entries that would not load (no --customer-admin, so no subject) and leaves the file', async () => {
    const file = join(dir, 'no-subject.yaml');
    const before = 'credentials:\n  msp-gws:\n    provider: gws\n    type: serviceAccount\n    keyEnv: MSP_GWS_KEY\n';
    await writeFile(file, before);
    subscriptionsAnswer();
    const run = await discover('--entry-auth', 'msp-gws', '--out', file);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/auth\.subject: Required/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('--reseller is required', async () => {
    const run = await runCli(['discover', 'gws', '--token-env', 'RESELLER_TOKEN']);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/--reseller/);
  });
});
