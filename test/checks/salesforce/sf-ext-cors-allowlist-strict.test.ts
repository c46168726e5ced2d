import check from '../../../checks/salesforce/sf-ext-cors-allowlist-strict.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes for exact https origins', expect: 'pass' },
  { name: 'fails for a wildcard', patch: (o) => { o.corsOrigins.push({ id: '0Ot-2', urlPattern: 'https://*.example.com' }); }, expect: 'fail', evidence: ['https://*.example.com'] },
  { name: 'fails for plain http', patch: (o) => { o.corsOrigins.push({ id: '0Ot-3', urlPattern: 'http://intranet.acme.example' }); }, expect: 'fail', evidence: ['http://intranet.acme.example'] },
  { name: 'is not assessed when CORS cannot be read', unreadable: { corsOrigins: true }, expect: 'not_assessed' },
]);
