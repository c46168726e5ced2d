import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { AuditResults } from '../../src/core/results.js';
import { runCli, type CliRun } from '../cli/run-cli.js';
import { ECHO_MARK, startCredentialEchoServer, type RunningEchoServer } from '../support/credential-echo-server.js';

/**
 * Plants distinctive credentials everywhere a run can see them (config-named variables, a key file's
 * JSON, tokens the connectors obtain, a URL password), lets API doubles echo all of them back in their
 * error bodies, and then reads every file and stream the CLI wrote: none may hold any of them.
 */

const pem = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
/** A body line of a PEM: what a partial echo of the key would show. */
const bodyLines = (key: string) => key.split('\n').filter((line) => line && !line.startsWith('-----'));

const AUTHORITY = 'https://login.secrets.example';
const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const GRANTED_TENANT = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const REFUSED_TENANT = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';

const GWS_PEM = pem();
const SF_PEM = pem();
const SECRETS = {
  M365_TOKEN: 'm365-opaque-token-Q7w8E9r0T1y2U3',
  M365_CLIENT_SECRET: 'm365~client.secret_Zq8vX2pLr7Nw4',
  GWS_TOKEN: 'gws-opaque-token-H5j6K7l8Z9x0C1',
  GWS_SA_KEY: JSON.stringify({ type: 'service_account', project_id: 'audit-project', private_key_id: 'f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4', private_key: GWS_PEM, client_email: 'auditor@audit-project.iam.gserviceaccount.com', client_id: '104000000000000000001' }),
  SF_TOKEN: 'sf-opaque-token-V2b3N4m5A6s7D8',
  SF_PRIVATE_KEY: SF_PEM,
} as const;
/** What the doubles hand out at run time: no config names them, the redactor must catch them anyway. */
const OBTAINED = {
  m365: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIiwidGlkIjoiOWMzZiJ9.bTM2NS1zaWduYXR1cmUtb2YtdGhlLWdyYW50ZWQtdG9rZW4',
  google: 'ya29.c.b0AXv0zTPlanted-google-access-token_0123456789abcdefABCDEF',
  salesforceSession: '00D5g000004XYZa!AQ4AQPlanted.salesforce.session.0123456789abcdefABCDEFghij',
};
const URL_PASSWORD = 'url-pa55word-Kx9Lm2Np';

/** Every string that must appear in no output, no snapshot, no stream. */
const LEAKS: string[] = [
  ...Object.entries(SECRETS).filter(([name]) => !name.endsWith('KEY')).map(([, value]) => value),
  'f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4',
  ...bodyLines(GWS_PEM),
  ...bodyLines(SF_PEM),
  'PRIVATE KEY-----',
  ...Object.values(OBTAINED),
  URL_PASSWORD,
  // The header of the signed JWT-bearer assertions (Google and Salesforce), which the refusals echo.
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9',
];
const BEARERS = [SECRETS.M365_TOKEN, SECRETS.GWS_TOKEN, SECRETS.SF_TOKEN, ...Object.values(OBTAINED)].map((token) => `Bearer ${token}`);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function expectNoLeak(where: string, text: string): void {
  for (const leak of [...LEAKS, ...BEARERS]) {
    expect(text.includes(leak), `${where} holds ${leak.slice(0, 40)}`).toBe(false);
  }
}

async function expectNoLeakIn(dir: string): Promise<string[]> {
  const files = await filesUnder(dir);
  for (const file of files) expectNoLeak(file, await readFile(file, 'utf8'));
  return files;
}

/** MSAL's round trips for a custom authority: instance discovery, OpenID metadata, then the token. */
function mockMicrosoftSignIn(tokenBodies: string[]): void {
  nock('https://login.microsoftonline.com')
    .persist()
    .get('/common/discovery/instance')
    .query(true)
    .reply(200, (uri) => {
      const tenant = /\/(\w{8}-[\w-]+)\//.exec(decodeURIComponent(uri))?.[1] ?? GRANTED_TENANT;
      return { tenant_discovery_endpoint: `${AUTHORITY}/${tenant}/v2.0/.well-known/openid-configuration`, 'api-version': '1.1', metadata: [{ preferred_network: 'login.secrets.example', preferred_cache: 'login.secrets.example', aliases: ['login.secrets.example'] }] };
    });
  for (const tenant of [GRANTED_TENANT, REFUSED_TENANT]) {
    nock(AUTHORITY)
      .persist()
      .get(`/${tenant}/v2.0/.well-known/openid-configuration`)
      .reply(200, {
        token_endpoint: `${AUTHORITY}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${AUTHORITY}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${AUTHORITY}/${tenant}/oauth2/v2.0/logout`,
        issuer: `${AUTHORITY}/${tenant}/v2.0`,
        jwks_uri: `${AUTHORITY}/${tenant}/discovery/v2.0/keys`,
      });
  }
  nock(AUTHORITY)
    .persist()
    .post(`/${GRANTED_TENANT}/oauth2/v2.0/token`, (body) => {
      tokenBodies.push(new URLSearchParams(body as Record<string, string>).toString());
      return true;
    })
    .query(true)
    .reply(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: OBTAINED.m365 });
  // A refusal that repeats what it was sent, the client secret included.
  nock(AUTHORITY)
    .persist()
    .post(`/${REFUSED_TENANT}/oauth2/v2.0/token`)
    .query(true)
    .reply(401, (_uri, body) => ({
      error: 'invalid_client',
      error_description: `AADSTS7000215: ${ECHO_MARK} \x1b[31mInvalid client secret\x1b[0m provided: ${new URLSearchParams(body as string).get('client_secret') ?? ''} (${SECRETS.M365_CLIENT_SECRET})`,
      error_codes: [7000215],
    }));
}

describe('secrets never leave: planted credentials, echoed by every API, reach no output', () => {
  let dir: string;
  let server: RunningEchoServer;
  let audit: CliRun;
  let unsavedAudit: CliRun;
  let collect: CliRun;
  let evaluate: CliRun;
  let urlAudit: CliRun;
  const tokenBodies: string[] = [];
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-secrets-'));
    server = await startCredentialEchoServer({
      // The bare URL password joins the echoes only for the run whose config holds it (below).
      echoed: [...Object.values(SECRETS), bodyLines(GWS_PEM)[5]!],
      urlPassword: URL_PASSWORD,
      tokens: { google: OBTAINED.google, salesforceSession: OBTAINED.salesforceSession, salesforceOrgId: '00D5g000004XYZaEAM' },
    });
    const base = server.baseUrl;
    const m365 = (name: string, tenantId: string, auth: Record<string, unknown>, graph = base) => ({ name, provider: 'm365', tenantId, auth, endpoints: { graph, authority: AUTHORITY } });
    const gwsEndpoints = { admin: base, cloudIdentity: base, driveLabels: base };
    const tenants = [
      m365('m365-token', GRANTED_TENANT, { type: 'token', tokenEnv: 'M365_TOKEN' }),
      m365('m365-secret', GRANTED_TENANT, { type: 'secret', clientId: CLIENT_ID, clientSecretEnv: 'M365_CLIENT_SECRET' }),
      m365('m365-secret-refused', REFUSED_TENANT, { type: 'secret', clientId: CLIENT_ID, clientSecretEnv: 'M365_CLIENT_SECRET' }),
      { name: 'gws-token', provider: 'gws', auth: { type: 'token', tokenEnv: 'GWS_TOKEN' }, endpoints: gwsEndpoints },
      { name: 'gws-key', provider: 'gws', auth: { type: 'serviceAccount', keyEnv: 'GWS_SA_KEY', subject: 'admin@northwind.example' }, endpoints: { ...gwsEndpoints, oauth2Token: `${base}/token` } },
      { name: 'gws-key-refused', provider: 'gws', auth: { type: 'serviceAccount', keyEnv: 'GWS_SA_KEY', subject: 'admin@northwind.example' }, endpoints: { ...gwsEndpoints, oauth2Token: `${base}/refused/token` } },
      { name: 'sf-token', provider: 'salesforce', auth: { type: 'token', tokenEnv: 'SF_TOKEN', instanceUrl: base } },
      { name: 'sf-jwt', provider: 'salesforce', auth: { type: 'jwt', clientId: '3MVG9PlantedConsumerKey', username: 'audit@acme.example', privateKeyEnv: 'SF_PRIVATE_KEY', loginUrl: base } },
      { name: 'sf-jwt-refused', provider: 'salesforce', auth: { type: 'jwt', clientId: '3MVG9PlantedConsumerKey', username: 'audit@acme.example', privateKeyEnv: 'SF_PRIVATE_KEY', loginUrl: `${base}/refused` } },
    ];
    await writeFile(join(dir, 'tenants.yaml'), stringify({ tenants }));
    // Kept apart: the config layer may refuse a password in an endpoint URL, which must not stop the rest.
    const withPassword = `http://audit:${URL_PASSWORD}@${base.replace('http://', '')}`;
    await writeFile(join(dir, 'url-password.yaml'), stringify({ tenants: [m365('m365-url-password', GRANTED_TENANT, { type: 'token', tokenEnv: 'M365_TOKEN' }, withPassword)] }));

    Object.assign(process.env, SECRETS);
    nock.disableNetConnect();
    nock.enableNetConnect((host) => host.startsWith('127.0.0.1'));
    mockMicrosoftSignIn(tokenBodies);

    audit = await runCli(['--verbose', 'audit', '--config', join(dir, 'tenants.yaml'), '--out', join(dir, 'audit'), '--save-snapshots', '--per-tenant', '--max-tries', '1']);
    // Without --save-snapshots a snapshot is judged as read and only its results are redacted.
    unsavedAudit = await runCli(['--verbose', 'audit', '--config', join(dir, 'tenants.yaml'), '--out', join(dir, 'unsaved'), '--max-tries', '1']);
    collect = await runCli(['--verbose', 'collect', '--config', join(dir, 'tenants.yaml'), '--out', join(dir, 'collect'), '--max-tries', '1']);
    const snapshots = (await readdir(join(dir, 'collect'))).map((f) => join(dir, 'collect', f));
    evaluate = await runCli(['evaluate', '--snapshot', ...snapshots, '--config', join(dir, 'tenants.yaml'), '--out', join(dir, 'evaluate')]);
    server.echoed.push(URL_PASSWORD);
    urlAudit = await runCli(['--verbose', 'audit', '--config', join(dir, 'url-password.yaml'), '--out', join(dir, 'url-audit'), '--save-snapshots', '--max-tries', '1']);
  }, 90_000);

  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    for (const name of Object.keys(SECRETS)) delete process.env[name];
    Object.assign(process.env, savedEnv);
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('gave every credential to the doubles, which echoed them back (the test is not vacuous)', async () => {
    for (const token of [SECRETS.M365_TOKEN, OBTAINED.m365, SECRETS.GWS_TOKEN, OBTAINED.google, SECRETS.SF_TOKEN, OBTAINED.salesforceSession]) {
      expect(server.authorizations, `a request carried ${token.slice(0, 20)}`).toContain(`Bearer ${token}`);
    }
    expect(tokenBodies.some((body) => new URLSearchParams(body).get('client_secret') === SECRETS.M365_CLIENT_SECRET)).toBe(true);
    expect(server.tokenRequests.filter((body) => body.includes('assertion=')).length).toBeGreaterThanOrEqual(4);
    const results = JSON.parse(await readFile(join(dir, 'audit', 'results.json'), 'utf8')) as AuditResults;
    expect(results.tenants).toHaveLength(9);
    for (const provider of ['m365', 'gws', 'salesforce']) {
      const echoed = results.tenants.filter((t) => t.tenant.provider === provider && JSON.stringify(t).includes(ECHO_MARK));
      expect(echoed.length, `${provider} echoes reached results.json`).toBeGreaterThan(0);
    }
    // Refused credentials fail their tenant (the echo in its message); the others keep echoes in section errors.
    expect(results.tenants.filter((t) => t.outcome === 'failed').map((t) => t.tenant.name).sort()).toEqual(['gws-key-refused', 'm365-secret-refused', 'sf-jwt-refused']);
    for (const tenant of results.tenants) expect(JSON.stringify(tenant), tenant.tenant.name).toContain(ECHO_MARK);
    expect(audit.stderr).toContain(ECHO_MARK);
    expect(collect.stderr).toContain(ECHO_MARK);
  });

  it('audit: no output file (results.json, report.html, CSVs, summary.md, action-plan.csv, per tenant), snapshot or stream holds one', async () => {
    const files = await expectNoLeakIn(join(dir, 'audit'));
    const names = files.map((f) => f.slice(join(dir, 'audit').length + 1)).sort();
    expect(names).toEqual(expect.arrayContaining(['results.json', 'report.html', 'results.csv', 'summary.md', 'action-plan.csv', 'tenants/m365-token/snapshot.json', 'tenants/sf-jwt/report.html']));
    expectNoLeak('audit stdout', audit.stdout);
    expectNoLeak('audit stderr', audit.stderr);
  });

  it('audit without --save-snapshots: no output file or stream holds one, and the echoes reached it', async () => {
    const files = await expectNoLeakIn(join(dir, 'unsaved'));
    expect(files.map((f) => f.slice(join(dir, 'unsaved').length + 1))).toEqual(expect.arrayContaining(['results.json', 'report.html', 'tenants/m365-token/tenant-result.json']));
    const results = JSON.parse(await readFile(join(dir, 'unsaved', 'results.json'), 'utf8')) as AuditResults;
    for (const tenant of results.tenants) expect(JSON.stringify(tenant), tenant.tenant.name).toContain(ECHO_MARK);
    expectNoLeak('audit stdout', unsavedAudit.stdout);
    expectNoLeak('audit stderr', unsavedAudit.stderr);
  });

  it('collect: no snapshot or stream holds one', async () => {
    const files = await expectNoLeakIn(join(dir, 'collect'));
    expect(files.map((f) => f.slice(join(dir, 'collect').length + 1)).sort()).toEqual(['gws-key', 'gws-token', 'm365-secret', 'm365-token', 'sf-jwt', 'sf-token'].map((n) => `${n}.snapshot.json`));
    expectNoLeak('collect stdout', collect.stdout);
    expectNoLeak('collect stderr', collect.stderr);
  });

  it('evaluate: the reports judged from those snapshots hold none either', async () => {
    expect(evaluate.code).not.toBe(2);
    await expectNoLeakIn(join(dir, 'evaluate'));
    expectNoLeak('evaluate stderr', evaluate.stderr);
  });

  it('a password in an endpoint URL is never echoed, whether the config refuses it or the run reports it', async () => {
    expect(urlAudit.stderr.length).toBeGreaterThan(0);
    expectNoLeak('url-password audit stderr', urlAudit.stderr);
    expectNoLeak('url-password audit stdout', urlAudit.stdout);
    const out = join(dir, 'url-audit');
    const written = await readdir(out).catch(() => []);
    if (written.length) await expectNoLeakIn(out);
  });

  it('terminal output carries no escape sequence, control or bidi character from an API message', () => {
    for (const [name, run] of Object.entries({ audit, collect, evaluate, urlAudit })) {
      for (const stream of [run.stdout, run.stderr]) {
        expect(stream, name).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
      }
    }
    // The API's words still arrive, only defanged.
    expect(audit.stderr).toMatch(/ECHO-MARK red\s+desrever/);
  });
});
