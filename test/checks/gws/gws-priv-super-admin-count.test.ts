import check from '../../../checks/gws/gws-priv-super-admin-count.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const addSupers = (n: number) => (t: ReturnType<typeof compliantTenant>) => {
  for (let i = 0; i < n; i += 1) {
    t.users.push({ ...t.users[0]!, id: `2000000000000000000${i}`, primaryEmail: `extra${i}@example.org` });
  }
};

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes with two super admins', expect: 'pass' },
  { name: 'fails with one super admin', patch: (t) => { t.users[1]!.isAdmin = false; t.adminRoles.assignments = t.adminRoles.assignments.filter((a) => a.assignedTo !== t.users[1]!.id); }, expect: 'fail', evidence: ['ada.admin@example.org'] },
  { name: 'fails with six under the strict profile (CIS 2–4)', patch: addSupers(4), expect: 'fail' },
  { name: 'passes with six under the scuba profile (2–8)', patch: addSupers(4), settings: { profile: 'scuba' }, expect: 'pass' },
  { name: 'does not count suspended super admins', patch: (t) => { addSupers(3)(t); t.users.at(-1)!.suspended = true; }, expect: 'pass' },
  // GWS.COMMONCONTROLS.6.2v1's note leaves break-glass accounts out of its count; CIS 1.1.1/1.1.2 name no such exception.
  { name: 'leaves break-glass accounts out of SCuBA 6.2\'s count only: CIS 1.1.2 counts all five', patch: addSupers(3), settings: { breakGlassAccounts: ['extra0@example.org'] }, expect: 'fail', evidence: ['extra0@example.org'], controls: { 'GWS.COMMONCONTROLS.6.2v1': 'pass', '1.1.1': 'pass', '1.1.2': 'fail' } },
  { name: 'one super admin plus one break-glass super admin: CIS 1.1.1 counts two and passes, SCuBA 6.2 counts one and fails', patch: () => {}, settings: { breakGlassAccounts: ['grace.admin@example.org'] }, expect: 'fail', controls: { 'GWS.COMMONCONTROLS.6.2v1': 'fail', '1.1.1': 'pass', '1.1.2': 'pass' } },
  { name: 'nine super admins, one of them break-glass: SCuBA 6.2 counts eight and passes, CIS 1.1.2 counts nine and fails', patch: addSupers(7), settings: { profile: 'scuba', breakGlassAccounts: ['grace.admin@example.org'] }, expect: 'pass', controls: { 'GWS.COMMONCONTROLS.6.2v1': 'pass', '1.1.1': 'pass', '1.1.2': 'fail' } },
  { name: 'scuba: two super admins plus one break-glass pass (6.2v1 note: break-glass not counted)', patch: addSupers(1), settings: { profile: 'scuba', breakGlassAccounts: ['extra0@example.org'] }, expect: 'pass', notEvidence: ['extra0@example.org'], controls: { 'GWS.COMMONCONTROLS.6.2v1': 'pass', '1.1.1': 'pass', '1.1.2': 'pass' } },
  { name: 'scuba: one super admin plus one break-glass fails (ScubaGoggles counts only the others)', patch: (t) => { t.users[1]!.isAdmin = false; t.adminRoles.assignments = t.adminRoles.assignments.filter((a) => a.assignedTo !== t.users[1]!.id); addSupers(1)(t); }, settings: { profile: 'scuba', breakGlassAccounts: ['extra0@example.org'] }, expect: 'fail', controls: { 'GWS.COMMONCONTROLS.6.2v1': 'fail', '1.1.1': 'pass' } },
  { name: 'scuba: eight super admins plus two break-glass pass', patch: addSupers(8), settings: { profile: 'scuba', breakGlassAccounts: ['extra0@example.org', 'extra1@example.org'] }, expect: 'pass', controls: { 'GWS.COMMONCONTROLS.6.2v1': 'pass', '1.1.2': 'fail' } },
  { name: 'honours a configured range', patch: addSupers(3), settings: { globalAdminRange: { min: 2, max: 3 } }, expect: 'fail' },
  { name: 'six super admins: SCuBA 6.2 (2–8) and CIS 1.1.1 pass, CIS 1.1.2 (at most 4) fails', patch: addSupers(4), expect: 'fail', controls: { 'GWS.COMMONCONTROLS.6.2v1': 'pass', '1.1.1': 'pass', '1.1.2': 'fail' } },
  { name: 'one super admin fails 6.2 and CIS 1.1.1, passes CIS 1.1.2', patch: (t) => { t.users[1]!.isAdmin = false; t.adminRoles.assignments = t.adminRoles.assignments.filter((a) => a.assignedTo !== t.users[1]!.id); }, expect: 'fail', controls: { 'GWS.COMMONCONTROLS.6.2v1': 'fail', '1.1.1': 'fail', '1.1.2': 'pass' } },
  { name: 'a configured range of 2–6 passes six super admins while CIS 1.1.2 keeps its own fail', patch: addSupers(4), settings: { globalAdminRange: { min: 2, max: 6 } }, expect: 'pass', controls: { '1.1.2': 'fail', 'GWS.COMMONCONTROLS.6.2v1': 'pass' } },
  { name: 'is not assessed when users cannot be read', unreadable: { users: true }, expect: 'not_assessed' },
]);
