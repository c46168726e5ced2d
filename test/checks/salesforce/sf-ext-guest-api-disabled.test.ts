import check from '../../../checks/salesforce/sf-ext-guest-api-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when guest API access is off', expect: 'pass' },
  { name: 'fails when a guest profile has API Enabled', patch: (o) => { const p = o.guestAccess.guestProfiles[0]; if (p) p.apiEnabled = true; }, expect: 'fail', evidence: ['Support Site Profile'] },
  { name: 'fails when a permission set assigned to guest users grants API Enabled (the profile alone is not enough)', patch: (o) => { const p = o.guestAccess.guestPermissionSets[0]; if (p) p.apiEnabled = true; }, expect: 'fail', evidence: ['Guest knowledge read'], notEvidence: ['Support Site Profile'] },
  { name: 'is not assessed without View All Users (guest permission sets would be hidden)', unreadable: { guestAccess: { permission: 'View All Users' } }, expect: 'not_assessed', summary: /View All Users/ },
  { name: 'is not assessed when guest access cannot be read', unreadable: { guestAccess: true }, expect: 'not_assessed' },
]);
