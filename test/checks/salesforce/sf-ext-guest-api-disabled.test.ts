import check from '../../../checks/salesforce/sf-ext-guest-api-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when guest API access is off', expect: 'pass' },
  { name: 'fails when a guest profile has API Enabled', patch: (o) => { const p = o.guestAccess.guestProfiles[0]; if (p) p.apiEnabled = true; }, expect: 'fail', evidence: ['Support Site Profile'] },
  { name: 'is not assessed when guest access cannot be read', unreadable: { guestAccess: true }, expect: 'not_assessed' },
]);
