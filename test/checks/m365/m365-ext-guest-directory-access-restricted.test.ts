import check from '../../../checks/m365/m365-ext-guest-directory-access-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const role = (id: string) => (t: ReturnType<typeof compliantTenant>) => {
  t.authorizationPolicy.guestUserRoleId = id;
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when guest access is restricted (most restrictive)', expect: 'pass' },
  { name: 'passes when guest access is limited (accepted by both SCuBA and CIS)', patch: role('10dae51f-b6af-4016-8d66-8c2a99b929b3'), expect: 'pass' },
  { name: 'strict also accepts limited: both benchmarks agree', patch: role('10dae51f-b6af-4016-8d66-8c2a99b929b3'), settings: { profile: 'strict' }, expect: 'pass' },
  { name: 'fails when guests have member access', patch: role('a0b1b346-4d3e-4e8b-98f8-753987be4970'), expect: 'fail', evidence: ['guestUserRoleId'], summary: /same access as member/ },
  { name: 'fails on an unrecognised role id', patch: role('00000000-0000-0000-0000-000000000000'), expect: 'fail' },
  { name: 'is not assessed when the authorization policy cannot be read', unreadable: { authorizationPolicy: true }, expect: 'not_assessed' },
]);
