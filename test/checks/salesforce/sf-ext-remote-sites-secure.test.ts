import check from '../../../checks/salesforce/sf-ext-remote-sites-secure.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes for https with protocol security', expect: 'pass' },
  { name: 'ignores inactive insecure sites', patch: (o) => { o.remoteSites.push({ id: '0rp-2', name: 'Legacy', endpointUrl: 'http://legacy.example', isActive: false, disableProtocolSecurity: true }); }, expect: 'pass' },
  { name: 'fails for an active site with protocol security disabled', patch: (o) => { const r = o.remoteSites[0]; if (r) r.disableProtocolSecurity = true; }, expect: 'fail', evidence: ['Payments'] },
  { name: 'is not assessed when remote sites cannot be read', unreadable: { remoteSites: true }, expect: 'not_assessed' },
]);
