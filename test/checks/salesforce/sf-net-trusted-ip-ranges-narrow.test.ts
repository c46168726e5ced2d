import check from '../../../checks/salesforce/sf-net-trusted-ip-ranges-narrow.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes for a /24', expect: 'pass' },
  { name: 'passes for exactly a /16', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '10.1.0.0', end: '10.1.255.255' }]; }, expect: 'pass' },
  { name: 'fails for the whole internet', patch: (o) => { o.securitySettings.trustedIpRanges.push({ start: '0.0.0.0', end: '255.255.255.255', description: 'temp' }); }, expect: 'fail', evidence: ['0.0.0.0 - 255.255.255.255'] },
  { name: 'fails for a range one address over a /16', patch: (o) => { o.securitySettings.trustedIpRanges = [{ start: '10.1.0.0', end: '10.2.0.0' }]; }, expect: 'fail' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
