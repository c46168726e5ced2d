import nock from 'nock';
import { describe, expect, it } from 'vitest';
import exoConnectionFilterPolicies from '../../../src/connectors/m365/collectors/exo-connection-filter-policies.js';
import exoMalwareFilterPolicies from '../../../src/connectors/m365/collectors/exo-malware-filter-policies.js';
import exoSpamFilterPolicies from '../../../src/connectors/m365/collectors/exo-spam-filter-policies.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { cmdlet, EXO, exoContext, fixture, PATH } from './exo-nock.js';
import { failure, useStrictNock } from './graph-nock.js';

useStrictNock();

describe('Get-HostedConnectionFilterPolicy section', () => {
  it('reads the IP allow list and the safe list flag', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedConnectionFilterPolicy')).reply(200, fixture('get-hostedconnectionfilterpolicy.json'));
    expect(await exoConnectionFilterPolicies.collect(exoContext())).toEqual([{ identity: 'Default', isDefault: true, ipAllowList: ['203.0.113.25', '198.51.100.0/28'], enableSafeList: false }]);
  });

  it('names the missing app permission and Entra role on a 403', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedConnectionFilterPolicy')).reply(403, fixture('error-403-role.json'));
    const section = toSectionError(await failure(exoConnectionFilterPolicies.collect(exoContext())), exoConnectionFilterPolicies.spec);
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
    const rows = await exoMalwareFilterPolicies.collect(exoContext());
    expect(rows.map((r) => r.identity)).toEqual(['Default', 'Legacy relay']);
    expect(rows[0]).toMatchObject({ isDefault: true, enableFileFilter: true, zapEnabled: true });
    expect(rows[0]!.fileTypes).toEqual(expect.arrayContaining(['exe', 'cmd', 'vbe']));
    expect(rows[1]).toEqual({ identity: 'Legacy relay', isDefault: false, enableFileFilter: false, fileTypes: ['exe'], zapEnabled: false });
  });

  it('names the missing app permission and Entra role on a 403', async () => {
    nock(EXO).post(PATH, cmdlet('Get-MalwareFilterPolicy')).reply(403, fixture('error-403-role.json'));
    const section = toSectionError(await failure(exoMalwareFilterPolicies.collect(exoContext())), exoMalwareFilterPolicies.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain('Global Reader');
  });

  it('does not read a 200 without a value array as "no policies"', async () => {
    nock(EXO).post(PATH, cmdlet('Get-MalwareFilterPolicy')).reply(200, {});
    expect(toSectionError(await failure(exoMalwareFilterPolicies.collect(exoContext())), exoMalwareFilterPolicies.spec)).toMatchObject({ code: 'shape' });
  });
});

describe('Get-HostedContentFilterPolicy section', () => {
  it('reads the four spam and phishing actions and the allowed sender domains', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedContentFilterPolicy')).reply(200, fixture('get-hostedcontentfilterpolicy.json'));
    const rows = await exoSpamFilterPolicies.collect(exoContext());
    expect(rows).toEqual([
      { identity: 'Default', isDefault: true, spamAction: 'MoveToJmf', highConfidenceSpamAction: 'Quarantine', phishSpamAction: 'Quarantine', highConfidencePhishAction: 'Quarantine', allowedSenderDomains: [] },
      { identity: 'Sales partners', isDefault: false, spamAction: 'AddXHeader', highConfidenceSpamAction: 'Quarantine', phishSpamAction: 'Quarantine', highConfidencePhishAction: 'Quarantine', allowedSenderDomains: ['partner.example'] },
    ]);
  });

  it('refuses a policy without one of its actions rather than guessing it', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedContentFilterPolicy')).reply(200, { value: [{ Identity: 'Default', Name: 'Default', SpamAction: 'MoveToJmf' }] });
    const section = toSectionError(await failure(exoSpamFilterPolicies.collect(exoContext())), exoSpamFilterPolicies.spec);
    expect(section).toMatchObject({ code: 'shape' });
    expect(section.message).toContain('HighConfidenceSpamAction');
  });

  it('names the missing app permission and Entra role on a 403', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedContentFilterPolicy')).reply(403, fixture('error-403-role.json'));
    const section = toSectionError(await failure(exoSpamFilterPolicies.collect(exoContext())), exoSpamFilterPolicies.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain('Global Reader');
  });
});
