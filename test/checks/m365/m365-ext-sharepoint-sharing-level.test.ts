import check from '../../../checks/m365/m365-ext-sharepoint-sharing-level.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const sharing = (value: string) => (t: ReturnType<typeof compliantTenant>) => {
  t.sharePointSettings.sharingCapability = value;
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when sharing is limited to existing guests', expect: 'pass' },
  { name: 'passes when external sharing is off', patch: sharing('disabled'), expect: 'pass' },
  { name: 'fails on Anyone links', patch: sharing('externalUserAndGuestSharing'), expect: 'fail', evidence: ['SharePoint sharingCapability'] },
  { name: 'fails on Anyone links under CIS too', patch: sharing('externalUserAndGuestSharing'), settings: { profile: 'cis' }, expect: 'fail' },
  { name: 'strict follows SCuBA: fails on new and existing guests', patch: sharing('externalUserSharingOnly'), expect: 'fail', summary: /New and existing guests/ },
  { name: 'scuba fails on new and existing guests', patch: sharing('externalUserSharingOnly'), settings: { profile: 'scuba' }, expect: 'fail' },
  { name: 'cis accepts new and existing guests', patch: sharing('externalUserSharingOnly'), settings: { profile: 'cis' }, expect: 'pass' },
  {
    name: 'judges new and existing guests by each control: MS.SHAREPOINT.1.1v1 fails, CIS 7.2.3 (anything but Anyone) passes',
    patch: sharing('externalUserSharingOnly'),
    expect: 'fail',
    controls: { 'MS.SHAREPOINT.1.1v1': 'fail', '7.2.3': 'pass' },
  },
  {
    name: 'keeps MS.SHAREPOINT.1.1v1 failing on new and existing guests under the CIS profile, and says so',
    patch: sharing('externalUserSharingOnly'),
    settings: { profile: 'cis' },
    expect: 'pass',
    controls: { 'MS.SHAREPOINT.1.1v1': 'fail', '7.2.3': 'pass' },
    summary: /does not count: .*MS\.SHAREPOINT\.1\.1v1/,
  },
  { name: 'fails both controls on Anyone links', patch: sharing('externalUserAndGuestSharing'), settings: { profile: 'scuba' }, expect: 'fail', controls: { 'MS.SHAREPOINT.1.1v1': 'fail', '7.2.3': 'fail' } },
  { name: 'passes both controls on existing guests', settings: { profile: 'cis' }, expect: 'pass', controls: { 'MS.SHAREPOINT.1.1v1': 'pass', '7.2.3': 'pass' } },
  { name: 'fails on an unknown value rather than passing it', patch: sharing('somethingNew'), expect: 'fail' },
  { name: 'is not assessed when SharePoint settings cannot be read', unreadable: { sharePointSettings: { permission: 'SharePointTenantSettings.Read.All' } }, expect: 'not_assessed', summary: /SharePointTenantSettings.Read.All/ },
]);
