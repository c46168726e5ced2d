import check from '../../../checks/salesforce/sf-oauth-api-access-control.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when both API Access Control switches are on', expect: 'pass' },
  { name: 'fails when external users are not limited', patch: (o) => { o.apiAccessControl.enableAdminApprovedAppsOnlyForExternalUser = false; }, expect: 'fail', evidence: ['API Access Control (customers and partners)'] },
  { name: 'is not assessed without Modify Metadata (never a silent pass)', unreadable: { apiAccessControl: { permission: 'Modify Metadata Through Metadata API Functions' } }, expect: 'not_assessed', summary: /Modify Metadata/ },
]);
