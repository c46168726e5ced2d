import nock from 'nock';
import { describe, expect, it } from 'vitest';
import exoMalwareFilterRules from '../../../src/connectors/m365/collectors/exo-malware-filter-rules.js';
import exoPresetPolicyRules from '../../../src/connectors/m365/collectors/exo-preset-policy-rules.js';
import exoSpamFilterRules from '../../../src/connectors/m365/collectors/exo-spam-filter-rules.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { cmdlet, EXO, exoContext, fixture, PATH } from './exo-nock.js';
import { failure, useStrictNock } from './graph-nock.js';

useStrictNock();
const NO_SCOPE = { sentTo: [], sentToMemberOf: [], recipientDomainIs: [], exceptIfSentTo: [], exceptIfSentToMemberOf: [], exceptIfRecipientDomainIs: [] };

const sections = [
  ['Get-MalwareFilterRule', exoMalwareFilterRules],
  ['Get-HostedContentFilterRule', exoSpamFilterRules],
  ['Get-EOPProtectionPolicyRule', exoPresetPolicyRules],
] as const;

describe('Get-MalwareFilterRule section', () => {
  it('follows the next page and reads state, priority and scope, null conditions as empty and domains in lower case', async () => {
    nock(EXO)
      .post(PATH, cmdlet('Get-MalwareFilterRule'))
      .reply(200, fixture('get-malwarefilterrule-page1.json'))
      .post(PATH, cmdlet('Get-MalwareFilterRule'))
      .query({ $skiptoken: 'MalwareFilterRule_2' })
      .reply(200, fixture('get-malwarefilterrule-page2.json'));
    expect(await exoMalwareFilterRules.collect(exoContext())).toEqual([
      { ...NO_SCOPE, name: 'Finance', policy: 'Finance', state: 'Enabled', priority: 0, sentToMemberOf: ['finance@contoso.example'] },
      { ...NO_SCOPE, name: 'Legacy relay', policy: 'Legacy relay', state: 'Disabled', priority: 1, recipientDomainIs: ['contoso.example'], exceptIfSentTo: ['relay@contoso.example'] },
    ]);
  });

  it('refuses a rule without a State rather than guessing whether it applies', async () => {
    nock(EXO).post(PATH, cmdlet('Get-MalwareFilterRule')).reply(200, { value: [{ Name: 'Finance', MalwareFilterPolicy: 'Finance', Priority: 0 }] });
    const section = toSectionError(await failure(exoMalwareFilterRules.collect(exoContext())), exoMalwareFilterRules.spec);
    expect(section).toMatchObject({ code: 'shape' });
    expect(section.message).toContain('State');
  });
});

describe('Get-HostedContentFilterRule section', () => {
  it('reads the rule that applies each custom anti-spam policy', async () => {
    nock(EXO).post(PATH, cmdlet('Get-HostedContentFilterRule')).reply(200, fixture('get-hostedcontentfilterrule.json'));
    expect(await exoSpamFilterRules.collect(exoContext())).toEqual([{ ...NO_SCOPE, name: 'Sales partners', policy: 'Sales partners', state: 'Enabled', priority: 0, sentToMemberOf: ['sales@contoso.example'] }]);
  });
});

describe('Get-EOPProtectionPolicyRule section', () => {
  it('reads both preset rules with the malware and spam policies they apply', async () => {
    nock(EXO).post(PATH, cmdlet('Get-EOPProtectionPolicyRule')).reply(200, fixture('get-eopprotectionpolicyrule.json'));
    expect(await exoPresetPolicyRules.collect(exoContext())).toEqual([
      {
        ...NO_SCOPE,
        name: 'Strict Preset Security Policy',
        state: 'Enabled',
        priority: 0,
        malwareFilterPolicy: 'Strict Preset Security Policy1681329957931',
        hostedContentFilterPolicy: 'Strict Preset Security Policy1681329956650',
        sentToMemberOf: ['executives@contoso.example'],
      },
      {
        ...NO_SCOPE,
        name: 'Standard Preset Security Policy',
        state: 'Disabled',
        priority: 1,
        malwareFilterPolicy: 'Standard Preset Security Policy1659535435292',
        hostedContentFilterPolicy: 'Standard Preset Security Policy1659535432883',
      },
    ]);
  });
});

describe.each(sections)('%s section errors', (name, collector) => {
  it('names the missing app permission and Entra role on a 403', async () => {
    nock(EXO).post(PATH, cmdlet(name)).reply(403, fixture('error-403-role.json'));
    const section = toSectionError(await failure(collector.collect(exoContext())), collector.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain('Exchange.ManageAsApp');
    expect(section.message).toContain('Global Reader');
  });

  it('reads a tenant without Exchange Online as a licence gap naming Exchange Online Protection', async () => {
    nock(EXO).post(PATH, cmdlet(name)).reply(400, fixture('error-licence.json'));
    expect(toSectionError(await failure(collector.collect(exoContext())), collector.spec)).toMatchObject({ code: 'licence', licence: 'Exchange Online Protection' });
  });

  it('retries a 429 after its Retry-After', async () => {
    nock(EXO).post(PATH, cmdlet(name)).reply(429, fixture('error-429.json'), { 'Retry-After': '1' }).post(PATH, cmdlet(name)).reply(200, { value: [] });
    expect(await collector.collect(exoContext())).toEqual([]);
  });

  it('does not read a 200 without a value array as "no rules"', async () => {
    nock(EXO).post(PATH, cmdlet(name)).reply(200, {});
    expect(toSectionError(await failure(collector.collect(exoContext())), collector.spec)).toMatchObject({ code: 'shape' });
  });
});
