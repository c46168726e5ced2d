import check from '../../../checks/m365/m365-ext-sharepoint-domain-restriction.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type Tenant = ReturnType<typeof compliantTenant>;
const blockList = (t: Tenant) => {
  t.sharePointSettings.sharingDomainRestrictionMode = 'blockList';
  t.sharePointSettings.sharingAllowedDomainList = [];
  t.sharePointSettings.sharingBlockedDomainList = ['gmail.example', 'competitor.example'];
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an allow-list, listing the domains', expect: 'pass', evidence: ['partner.example'] },
  {
    name: 'fails when no domain restriction is set',
    patch: (t) => {
      t.sharePointSettings.sharingDomainRestrictionMode = 'none';
    },
    expect: 'fail',
    evidence: ['sharingDomainRestrictionMode'],
  },
  { name: 'strict (SCuBA) fails a block-list and lists its domains', patch: blockList, expect: 'fail', evidence: ['sharingDomainRestrictionMode', 'gmail.example'] },
  { name: 'cis accepts a block-list', patch: blockList, settings: { profile: 'cis' }, expect: 'pass', evidence: ['competitor.example'] },
  {
    name: 'judges a block-list by each control: MS.SHAREPOINT.1.3v1 (approved domains) fails, CIS 7.2.6 (allow- or block-list) passes',
    patch: blockList,
    expect: 'fail',
    controls: { 'MS.SHAREPOINT.1.3v1': 'fail', '7.2.6': 'pass' },
  },
  {
    name: 'keeps MS.SHAREPOINT.1.3v1 failing on a block-list under the CIS profile, and says so',
    patch: blockList,
    settings: { profile: 'cis' },
    expect: 'pass',
    controls: { 'MS.SHAREPOINT.1.3v1': 'fail', '7.2.6': 'pass' },
    summary: /does not count: .*MS\.SHAREPOINT\.1\.3v1/,
  },
  {
    name: 'fails both controls on an empty block-list',
    patch: (t) => {
      blockList(t);
      t.sharePointSettings.sharingBlockedDomainList = [];
    },
    settings: { profile: 'cis' },
    expect: 'fail',
    controls: { 'MS.SHAREPOINT.1.3v1': 'fail', '7.2.6': 'fail' },
  },
  { name: 'passes both controls with an allow-list', settings: { profile: 'scuba' }, expect: 'pass', controls: { 'MS.SHAREPOINT.1.3v1': 'pass', '7.2.6': 'pass' } },
  {
    name: 'fails an allow-list mode with no domains',
    patch: (t) => {
      t.sharePointSettings.sharingAllowedDomainList = [];
    },
    expect: 'fail',
  },
  {
    name: 'is not applicable when external sharing is off',
    patch: (t) => {
      t.sharePointSettings.sharingCapability = 'disabled';
      t.sharePointSettings.sharingDomainRestrictionMode = 'none';
    },
    expect: 'not_applicable',
  },
  { name: 'is not assessed when SharePoint settings cannot be read', unreadable: { sharePointSettings: true }, expect: 'not_assessed' },
]);
