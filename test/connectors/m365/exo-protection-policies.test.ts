import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { AdminApiClient } from '../../../src/connectors/m365/admin-api-client.js';
import exoConnectionFilterPolicies from '../../../src/connectors/m365/collectors/exo-connection-filter-policies.js';
import exoMalwareFilterPolicies from '../../../src/connectors/m365/collectors/exo-malware-filter-policies.js';
import exoSpamFilterPolicies from '../../../src/connectors/m365/collectors/exo-spam-filter-policies.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { Transport } from '../../../src/transport/transport.js';
import { failure, REPO_ROOT, TOKEN, readJson, useStrictNock } from './graph-nock.js';

useStrictNock();
const EXO = 'https://outlook.office365.com';
const TENANT = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const PATH = `/adminapi/beta/${TENANT}/InvokeCommand`;
const fixture = (name: string) => readJson(join(REPO_ROOT, 'fixtures', 'm365', 'admin-api', name)) as nock.Body;
const cmdlet = (name: string) => (body: unknown) => (body as { CmdletInput?: { CmdletName?: string } }).CmdletInput?.CmdletName === name;

function context() {
  const transport = new Transport({ origins: [EXO], limits: { maxTries: 2 }, sleep: async () => undefined, random: () => 1 });
  const exo = new AdminApiClient({ base: EXO, tenantId: TENANT, token: async () => TOKEN, transport, service: 'Exchange Online' });
  return { services: { exchange: () => exo } } as never;
}

describe('Get-HostedConnectionFilterPolicy section', () => {
  it('reads the IP allow list and the safe list flag', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedConnectionFilterPolicy')).reply(200, fixture('get-hostedconnectionfilterpolicy.json'));
    expect(await exoConnectionFilterPolicies.collect(context())).toEqual([{ identity: 'Default', isDefault: true, ipAllowList: ['203.0.113.25', '198.51.100.0/28'], enableSafeList: false }]);
  });

  it('names the missing app permission and Entra role on a 403', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedConnectionFilterPolicy')).reply(403, fixture('error-403-role.json'));
    const section = toSectionError(await failure(exoConnectionFilterPolicies.collect(context())), exoConnectionFilterPolicies.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain('Exchange.ManageAsApp');
    expect(section.message).toContain('Global Reader');
  });
});

describe('Get-MalwareFilterPolicy section', () => {
  it('follows the next page and reads an unset ZapEnabled as off, file types in lower case', async () => {
    nock(EXO)
      .post(PATH, cmdlet('Get-MalwareFilterPolicy'))
      .reply(200, fixture('get-malwarefilterpolicy-page1.json'))
      .post(PATH, cmdlet('Get-MalwareFilterPolicy'))
      .query({ $skiptoken: 'MalwareFilterPolicy_2' })
      .reply(200, fixture('get-malwarefilterpolicy-page2.json'));
    const rows = await exoMalwareFilterPolicies.collect(context());
    expect(rows.map((r) => r.identity)).toEqual(['Default', 'Legacy relay']);
    expect(rows[0]).toMatchObject({ isDefault: true, enableFileFilter: true, zapEnabled: true });
    expect(rows[0]!.fileTypes).toEqual(expect.arrayContaining(['exe', 'cmd', 'vbe']));
    expect(rows[1]).toEqual({ identity: 'Legacy relay', isDefault: false, enableFileFilter: false, fileTypes: ['exe'], zapEnabled: false });
  });

  it('names the missing app permission and Entra role on a 403', async () => {
    nock(EXO).post(PATH, cmdlet('Get-MalwareFilterPolicy')).reply(403, fixture('error-403-role.json'));
    const section = toSectionError(await failure(exoMalwareFilterPolicies.collect(context())), exoMalwareFilterPolicies.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain('Global Reader');
  });

  it('does not read a 200 without a value array as "no policies"', async () => {
    nock(EXO).post(PATH, cmdlet('Get-MalwareFilterPolicy')).reply(200, {});
    expect(toSectionError(await failure(exoMalwareFilterPolicies.collect(context())), exoMalwareFilterPolicies.spec)).toMatchObject({ code: 'shape' });
  });
});

describe('Get-HostedContentFilterPolicy section', () => {
  it('reads the four spam and phishing actions and the allowed sender domains', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedContentFilterPolicy')).reply(200, fixture('get-hostedcontentfilterpolicy.json'));
    const rows = await exoSpamFilterPolicies.collect(context());
    expect(rows).toEqual([
      { identity: 'Default', isDefault: true, spamAction: 'MoveToJmf', highConfidenceSpamAction: 'Quarantine', phishSpamAction: 'Quarantine', highConfidencePhishAction: 'Quarantine', allowedSenderDomains: [] },
      { identity: 'Sales partners', isDefault: false, spamAction: 'AddXHeader', highConfidenceSpamAction: 'Quarantine', phishSpamAction: 'Quarantine', highConfidencePhishAction: 'Quarantine', allowedSenderDomains: ['partner.example'] },
    ]);
  });

  it('refuses a policy without one of its actions rather than guessing it', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedContentFilterPolicy')).reply(200, { value: [{ Identity: 'Default', Name: 'Default', SpamAction: 'MoveToJmf' }] });
    const section = toSectionError(await failure(exoSpamFilterPolicies.collect(context())), exoSpamFilterPolicies.spec);
    expect(section).toMatchObject({ code: 'shape' });
    expect(section.message).toContain('HighConfidenceSpamAction');
  });

  it('names the missing app permission and Entra role on a 403', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedContentFilterPolicy')).reply(403, fixture('error-403-role.json'));
    const section = toSectionError(await failure(exoSpamFilterPolicies.collect(context())), exoSpamFilterPolicies.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain('Global Reader');
  });
});
