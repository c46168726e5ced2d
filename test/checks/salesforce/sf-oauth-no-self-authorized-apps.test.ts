import check from '../../../checks/salesforce/sf-oauth-no-self-authorized-apps.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when every app is admin-approved', expect: 'pass' },
  { name: 'fails for an external client app open to self-authorisation', patch: (o) => { o.connectedApps.push({ id: '0xI-2', name: 'Shadow sync', kind: 'external-client-app', adminApprovedUsersOnly: false, refreshTokenPolicy: null, scopes: [], ipRelaxation: null }); }, expect: 'fail', evidence: ['Shadow sync'] },
  { name: 'is not assessed (never a pass) when an app policy could not be read', patch: (o) => { o.connectedApps.push({ id: '0xI-3', name: 'Mystery', kind: 'external-client-app', adminApprovedUsersOnly: null, refreshTokenPolicy: null, scopes: [], ipRelaxation: null }); }, expect: 'not_assessed', summary: /Mystery/, evidence: ['Mystery'] },
  { name: 'still fails for an open app when another policy is unknown', patch: (o) => { const a = o.connectedApps[0]; if (a) a.adminApprovedUsersOnly = false; o.connectedApps.push({ id: '0xI-3', name: 'Mystery', kind: 'external-client-app', adminApprovedUsersOnly: null, refreshTokenPolicy: null, scopes: [], ipRelaxation: null }); }, expect: 'fail', evidence: ['Salesforce for Outlook', 'Mystery'] },
  { name: 'is not assessed when apps cannot be read', unreadable: { connectedApps: true }, expect: 'not_assessed' },
]);
