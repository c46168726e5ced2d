import check from '../../../checks/m365/m365-data-label-policies-published.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

// Not readable through Microsoft Graph: always reported not_assessed with the reason.
checkTable(check, 'm365', compliantTenant, [
  { name: 'is not assessed, naming the admin API it needs', expect: 'not_assessed', summary: /needs Purview\/Exchange\/SharePoint admin API: .*Get-LabelPolicy/ },
  { name: 'stays not assessed whatever the Graph sections hold', unreadable: { sensitivityLabels: true, sharePointSettings: true }, expect: 'not_assessed', summary: /Get-LabelPolicy/ },
]);
