import check from '../../../checks/m365/m365-ext-sharepoint-no-guest-resharing.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when guests cannot reshare', expect: 'pass' },
  {
    name: 'fails when guests can reshare',
    patch: (t) => {
      t.sharePointSettings.isResharingByExternalUsersEnabled = true;
    },
    expect: 'fail',
    evidence: ['isResharingByExternalUsersEnabled'],
  },
  {
    name: 'is not applicable when resharing is on but external sharing is off',
    patch: (t) => {
      t.sharePointSettings.isResharingByExternalUsersEnabled = true;
      t.sharePointSettings.sharingCapability = 'disabled';
    },
    expect: 'not_applicable',
  },
  { name: 'is not assessed when SharePoint settings cannot be read', unreadable: { sharePointSettings: true }, expect: 'not_assessed' },
]);
