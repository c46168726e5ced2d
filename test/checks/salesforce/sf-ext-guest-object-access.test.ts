import check from '../../../checks/salesforce/sf-ext-guest-object-access.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes for read-only guest access', expect: 'pass' },
  { name: 'fails when a guest can edit Cases', patch: (o) => { o.guestAccess.objectPermissions.push({ profileName: 'Support Site Profile', object: 'Case', read: true, create: true, edit: true, delete: false, viewAll: false, modifyAll: false }); }, expect: 'fail', evidence: ['Support Site Profile: Case'], controls: { 'Number of objects to which guest user profiles have Edit access': 'fail' } },
  { name: 'passes when guests may only read an object', patch: (o) => { o.guestAccess.objectPermissions.push({ profileName: 'Support Site Profile', object: 'Knowledge__kav', read: true, create: false, edit: false, delete: false, viewAll: false, modifyAll: false }); }, expect: 'pass' },
  { name: 'fails when a guest has View All', patch: (o) => { o.guestAccess.objectPermissions.push({ profileName: 'Support Site Profile', object: 'Knowledge__kav', read: true, create: false, edit: false, delete: false, viewAll: true, modifyAll: false }); }, expect: 'fail', controls: { 'Number of objects to which guest user profiles have Edit access': 'pass' } },
  { name: 'fails when a permission set assigned to guest users grants Modify All', patch: (o) => { o.guestAccess.objectPermissions.push({ profileName: 'guest users', permissionSet: 'Guest case intake', object: 'Case', read: true, create: true, edit: false, delete: false, viewAll: false, modifyAll: true }); }, expect: 'fail', evidence: ['Guest case intake: Case'], notEvidence: ['Support Site Profile: Knowledge__kav'], controls: { 'Number of objects to which guest user profiles have Edit access': 'pass' } },
  { name: 'is not assessed when guest access cannot be read', unreadable: { guestAccess: true }, expect: 'not_assessed' },
]);
