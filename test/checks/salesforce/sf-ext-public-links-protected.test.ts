import check from '../../../checks/salesforce/sf-ext-public-links-protected.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes for links with expiry and password', expect: 'pass' },
  { name: 'passes for an unprotected link that already expired', patch: (o) => { o.contentLinks.push({ id: '05D-2', name: 'Old deck', expires: true, expiryDate: '2026-01-01T00:00:00Z', passwordRequired: false, viewCount: 0 }); }, expect: 'pass' },
  { name: 'fails for a link without expiry', patch: (o) => { o.contentLinks.push({ id: '05D-3', name: 'Customer list', expires: false, expiryDate: null, passwordRequired: false, viewCount: 12 }); }, expect: 'fail', evidence: ['Public link: Customer list'] },
  { name: 'is not assessed when links cannot be read', unreadable: { contentLinks: true }, expect: 'not_assessed' },
]);
