import check from '../../../checks/m365/m365-ext-sharepoint-legacy-auth-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when legacy authentication is blocked', expect: 'pass' },
  {
    name: 'fails when legacy authentication is allowed',
    patch: (t) => {
      t.sharePointSettings.isLegacyAuthProtocolsEnabled = true;
    },
    expect: 'fail',
    evidence: ['isLegacyAuthProtocolsEnabled'],
  },
  { name: 'is not assessed when SharePoint settings cannot be read', unreadable: { sharePointSettings: { code: 'licence', message: 'SharePoint Online is not licensed', licence: 'SHAREPOINTENTERPRISE' } }, expect: 'not_assessed', summary: /SHAREPOINTENTERPRISE/ },
]);
