import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { AdminApiClient } from '../../../src/connectors/m365/admin-api-client.js';
import exoRemoteDomains from '../../../src/connectors/m365/collectors/exo-remote-domains.js';
import { discoverComplianceHost } from '../../../src/connectors/m365/compliance-host.js';
import { WriteCmdletRefused, isReadOnlyInvokeCommand } from '../../../src/connectors/m365/read-only-cmdlet.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { Transport } from '../../../src/transport/transport.js';
import { failure, REPO_ROOT, TOKEN, readJson, useStrictNock } from './graph-nock.js';

useStrictNock();
const EXO = 'https://outlook.office365.com';
const SCC = 'https://ps.compliance.protection.outlook.com';
const TENANT = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const PATH = `/adminapi/beta/${TENANT}/InvokeCommand`;
const FIXTURES = join(REPO_ROOT, 'fixtures', 'm365', 'admin-api');
const fixture = (name: string) => readJson(join(FIXTURES, name)) as nock.Body;
const HEADERS = { reqheaders: { authorization: `Bearer ${TOKEN}`, 'x-anchormailbox': `APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@${TENANT}` } };

function client(base = EXO, maxTries = 3) {
  const sleeps: number[] = [];
  const transport = new Transport({ origins: [base], limits: { maxTries }, sleep: async (ms) => void sleeps.push(ms), random: () => 1 });
  return { sleeps, transport, exo: new AdminApiClient({ base, tenantId: TENANT, token: async () => TOKEN, transport, service: 'Exchange Online' }) };
}

const cmdletBody = (name: string) => (body: unknown) => (body as { CmdletInput?: { CmdletName?: string } }).CmdletInput?.CmdletName === name;

describe('Exchange Online admin API (InvokeCommand)', () => {
  it('sends the cmdlet in CmdletInput and follows @odata.nextLink with the same body', async () => {
    const bodies: unknown[] = [];
    nock(EXO, HEADERS)
      .post(PATH, (body) => (bodies.push(body), true))
      .reply(200, fixture('get-remotedomain-page1.json'))
      .post(PATH, (body) => (bodies.push(body), true))
      .query({ $skiptoken: 'RemoteDomain_2' })
      .reply(200, fixture('get-remotedomain-page2.json'));
    const rows = await exoRemoteDomains.collect({ services: { exchange: () => client().exo } } as never);
    expect(rows).toEqual([
      { identity: 'Default', domainName: '*', autoForwardEnabled: true },
      { identity: 'Fabrikam partner', domainName: 'fabrikam.example', autoForwardEnabled: false },
    ]);
    expect(bodies).toEqual([{ CmdletInput: { CmdletName: 'Get-RemoteDomain', Parameters: {} } }, { CmdletInput: { CmdletName: 'Get-RemoteDomain', Parameters: {} } }]);
  });

  it.each(['Set-RemoteDomain', 'Remove-TransportRule', 'New-InboxRule', 'Get-Mailbox; Set-Mailbox', 'get-remotedomain', 'Get-'])('refuses %s before any request is sent', async (cmdlet) => {
    // Strict nock: any request would be unmatched and fail the test.
    expect(await failure(client().exo.invoke(cmdlet))).toBeInstanceOf(WriteCmdletRefused);
  });

  it('retries a 429 after its Retry-After, as a read', async () => {
    const { exo, sleeps } = client();
    nock(EXO, HEADERS)
      .post(PATH, cmdletBody('Get-TransportConfig'))
      .reply(429, fixture('error-429.json'), { 'Retry-After': '7' })
      .post(PATH, cmdletBody('Get-TransportConfig'))
      .reply(200, { value: [{ SmtpClientAuthenticationDisabled: true }] });
    expect(await exo.invoke('Get-TransportConfig')).toEqual([{ SmtpClientAuthenticationDisabled: true }]);
    expect(sleeps).toEqual([7000]);
  });

  it('ends throttled when every try is throttled', async () => {
    const { exo } = client(EXO, 2);
    nock(EXO).post(PATH).times(2).reply(429, fixture('error-429.json'), { 'Retry-After': '1' });
    const error = await failure(exo.invoke('Get-TransportConfig'));
    expect(toSectionError(error, exoRemoteDomains.spec)).toMatchObject({ code: 'throttled', httpStatus: 429, message: expect.stringContaining('Exchange Online kept throttling') });
  });

  it('names the missing app permission and Entra role on a 403, with the cmdlet error from details', async () => {
    const { exo } = client();
    nock(EXO).post(PATH).reply(403, fixture('error-403-role.json'));
    const error = await failure(exo.invoke('Get-RemoteDomain'));
    const section = toSectionError(error, exoRemoteDomains.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain("isn't supported in this scenario");
    expect(section.message).toContain('Exchange.ManageAsApp');
    expect(section.message).toContain('Global Reader');
  });

  it('reports a refused token (401 with an empty body) as an auth error', async () => {
    const { exo } = client();
    nock(EXO).post(PATH).reply(401, '', { 'WWW-Authenticate': 'Bearer client_id="00000002-0000-0ff1-ce00-000000000000"' });
    expect(toSectionError(await failure(exo.invoke('Get-RemoteDomain')), exoRemoteDomains.spec)).toMatchObject({ code: 'auth', httpStatus: 401 });
  });

  it('reports a tenant without Exchange Online as a licence gap', async () => {
    const { exo } = client();
    nock(EXO).post(PATH).reply(400, fixture('error-licence.json'));
    expect(toSectionError(await failure(exo.invoke('Get-RemoteDomain')), exoRemoteDomains.spec)).toMatchObject({ code: 'licence', licence: 'Exchange Online' });
  });

  it('does not read a 200 without a value array as "no remote domains"', async () => {
    const { exo } = client();
    nock(EXO).post(PATH).reply(200, { '@odata.context': 'x' });
    expect(toSectionError(await failure(exo.invoke('Get-RemoteDomain')), exoRemoteDomains.spec)).toMatchObject({ code: 'shape' });
  });

  it('refuses a next page link to another host or path', async () => {
    const { exo } = client();
    nock(EXO).post(PATH).reply(200, { value: [], '@odata.nextLink': 'https://attacker.example/adminapi/beta/x/InvokeCommand' });
    expect(await failure(exo.invoke('Get-RemoteDomain'))).toMatchObject({ failure: 'foreign_origin' });
  });
});

describe('the read-only POST allowance', () => {
  it('covers only InvokeCommand of a Get-* cmdlet', () => {
    const body = (name: string) => JSON.stringify({ CmdletInput: { CmdletName: name, Parameters: {} } });
    expect(isReadOnlyInvokeCommand(`${EXO}${PATH}`, body('Get-RemoteDomain'))).toBe(true);
    expect(isReadOnlyInvokeCommand(`${EXO}${PATH}?$skiptoken=2`, body('Get-RemoteDomain'))).toBe(true);
    expect(isReadOnlyInvokeCommand(`${EXO}${PATH}`, body('Set-RemoteDomain'))).toBe(false);
    expect(isReadOnlyInvokeCommand(`${EXO}/adminapi/beta/${TENANT}/Mailbox`, body('Get-RemoteDomain'))).toBe(false);
    expect(isReadOnlyInvokeCommand(`${EXO}${PATH}`, 'not json')).toBe(false);
  });
});

describe('Security & Compliance host discovery', () => {
  it("takes the regional host from EXOBanner('AutogenSession')'s redirect without following it", async () => {
    nock(SCC).get(`/adminapi/beta/${TENANT}/EXOBanner('AutogenSession')`).query({ Version: '3.7.1' }).reply(302, '', { Location: `https://eur03b.ps.compliance.protection.outlook.com/adminapi/beta/${TENANT}/EXOBanner('AutogenSession')` });
    const transport = new Transport({ origins: [SCC], sleep: async () => undefined });
    expect(await discoverComplianceHost(SCC, TENANT, async () => TOKEN, transport)).toBe('https://eur03b.ps.compliance.protection.outlook.com');
  });

  it('refuses a Location outside the compliance domain', async () => {
    nock(SCC).get(/EXOBanner/).query(true).reply(302, '', { Location: 'https://ps.compliance.protection.outlook.com.attacker.example/x' });
    const transport = new Transport({ origins: [SCC], sleep: async () => undefined });
    expect(await failure(discoverComplianceHost(SCC, TENANT, async () => TOKEN, transport))).toMatchObject({ failure: 'redirect_refused' });
  });

  it('uses the well-known host when it answers without a redirect', async () => {
    nock(SCC).get(/EXOBanner/).query(true).reply(200, { value: [] });
    const transport = new Transport({ origins: [SCC], sleep: async () => undefined });
    expect(await discoverComplianceHost(SCC, TENANT, async () => TOKEN, transport)).toBe(SCC);
  });
});
