import check from '../../../checks/salesforce/sf-ext-guest-member-visibility-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when guests cannot see members of the live site', expect: 'pass' },
  {
    name: 'fails when a live site lets guests see members',
    patch: (o) => { o.experienceSites.sites.push({ id: '0DB-partners', name: 'Partners', status: 'Live', guestMemberVisibility: true }); },
    expect: 'fail',
    evidence: ['Site Partners'],
    notEvidence: ['Site Support'],
  },
  { name: 'ignores a site that is not live', patch: (o) => { o.experienceSites.sites.push({ id: '0DB-draft', name: 'Draft', status: 'UnderConstruction', guestMemberVisibility: true }); }, expect: 'pass' },
  { name: 'is not applicable without Digital Experiences', patch: (o) => { o.experienceSites = { enabled: false, guestMemberVisibilityReadable: false, sites: [] }; }, expect: 'not_applicable' },
  { name: 'is not applicable when no site is live', patch: (o) => { o.experienceSites.sites = [{ id: '0DB-old', name: 'Old', status: 'Inactive', guestMemberVisibility: true }]; }, expect: 'not_applicable' },
  { name: 'is not assessed when the Network object has no guest-visibility field', patch: (o) => { o.experienceSites.guestMemberVisibilityReadable = false; o.experienceSites.sites = [{ id: '0DB-support', name: 'Support', status: 'Live', guestMemberVisibility: null }]; }, expect: 'not_assessed' },
  { name: 'is not assessed when sites cannot be read', unreadable: { experienceSites: true }, expect: 'not_assessed' },
]);
