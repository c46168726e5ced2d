import check from '../../../checks/salesforce/sf-ext-guest-no-business-access.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

const readOnly = { read: true, create: false, edit: false, delete: false, viewAll: false, modifyAll: false };

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when guests hold no object permission and only Visualforce pages', expect: 'pass', summary: '1 Visualforce page', controls: { 'SBS-CPORTAL-002': 'pass' } },
  {
    name: 'fails on read-only object access through the guest profile (SBS: no object-level permissions at all)',
    patch: (o) => { o.guestAccess.objectPermissions.push({ profileName: 'Support Site Profile', object: 'Account', ...readOnly }); },
    expect: 'fail',
    evidence: ['Support Site Profile: Account'],
    controls: { 'SBS-CPORTAL-002': 'fail' },
  },
  {
    name: 'fails on object access through a permission set assigned to guest users',
    patch: (o) => { o.guestAccess.objectPermissions.push({ profileName: 'guest users', permissionSet: 'Guest knowledge read', object: 'Knowledge__kav', ...readOnly }); },
    expect: 'fail',
    evidence: ['Guest knowledge read: Knowledge__kav'],
  },
  {
    name: 'fails when guests can invoke a custom Apex class, naming its namespace',
    patch: (o) => { o.guestCodeAccess.push({ kind: 'ApexClass', id: '01p-search', name: 'PortalSearch', namespacePrefix: 'acme', grantedBy: 'profile Support Site Profile' }); },
    expect: 'fail',
    evidence: ['Apex class acme.PortalSearch'],
  },
  {
    name: 'names an Apex class by id when its row could not be read back',
    patch: (o) => { o.guestCodeAccess.push({ kind: 'ApexClass', id: '01p-gone', name: null, namespacePrefix: null, grantedBy: 'permission set Guest extras' }); },
    expect: 'fail',
    evidence: ['Apex class 01p-gone'],
  },
  { name: 'ignores an object row that grants nothing', patch: (o) => { o.guestAccess.objectPermissions.push({ profileName: 'Support Site Profile', object: 'Case', ...readOnly, read: false }); }, expect: 'pass' },
  { name: 'is not assessed when guest object access cannot be read', unreadable: { guestAccess: true }, expect: 'not_assessed' },
  { name: 'is not assessed when guest Apex access cannot be read', unreadable: { guestCodeAccess: true }, expect: 'not_assessed' },
]);
