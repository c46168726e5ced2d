import check from '../../../checks/salesforce/sf-oauth-no-self-authorized-apps.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when every app is admin-approved', expect: 'pass' },
  { name: 'fails for an external client app open to self-authorisation', patch: (o) => { o.connectedApps.push({ id: '0xI-2', name: 'Shadow sync', kind: 'external-client-app', adminApprovedUsersOnly: false, refreshTokenPolicy: null, scopes: [], ipRelaxation: null }); }, expect: 'fail', evidence: ['Shadow sync'] },
  { name: 'passes but names apps whose policy is unknown', patch: (o) => { o.connectedApps.push({ id: '0xI-3', name: 'Mystery', kind: 'external-client-app', adminApprovedUsersOnly: null, refreshTokenPolicy: null, scopes: [], ipRelaxation: null }); }, expect: 'pass', summary: /Mystery/ },
  { name: 'is not assessed when apps cannot be read', unreadable: { connectedApps: true }, expect: 'not_assessed' },
]);
