import check from '../../../checks/salesforce/sf-oauth-app-policies-bounded.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes for bounded policies', expect: 'pass' },
  { name: 'fails for infinite refresh tokens and full scope', patch: (o) => { const a = o.connectedApps[0]; if (a) { a.refreshTokenPolicy = 'infinite'; a.scopes.push('Full'); } }, expect: 'fail', evidence: ['Salesforce for Outlook'] },
  { name: 'fails when IP restrictions are relaxed on an external client app', patch: (o) => { const a = o.connectedApps[1]; if (a) a.ipRelaxation = 'BYPASS'; }, expect: 'fail', evidence: ['Tenant audit'] },
  { name: 'is not assessed when apps cannot be read', unreadable: { connectedApps: true }, expect: 'not_assessed' },
]);
