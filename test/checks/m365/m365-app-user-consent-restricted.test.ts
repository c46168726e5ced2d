import check from '../../../checks/m365/m365-app-user-consent-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type Tenant = ReturnType<typeof compliantTenant>;
const assign = (...policies: string[]) => (t: Tenant) => {
  t.authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned = policies;
};
const LOW = 'ManagePermissionGrantsForSelf.microsoft-user-default-low';
const LEGACY = 'ManagePermissionGrantsForSelf.microsoft-user-default-legacy';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no self-consent policy is assigned', expect: 'pass' },
  {
    name: 'passes when only group-owner consent policies are assigned (not self-consent)',
    patch: assign('ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team'),
    expect: 'pass',
  },
  { name: 'fails when users may consent to any app (legacy policy)', patch: assign(LEGACY), expect: 'fail', evidence: [LEGACY] },
  { name: 'fails on the low-risk policy under the strict profile', patch: assign(LOW), expect: 'fail', evidence: [LOW] },
  { name: 'fails on the low-risk policy under the CIS profile', patch: assign(LOW), settings: { profile: 'cis' }, expect: 'fail', evidence: [LOW] },
  {
    name: 'does not pass the low-risk policy under SCuBA: the classifications it depends on are not read',
    patch: assign(LOW),
    settings: { profile: 'scuba' },
    expect: 'not_assessed',
    evidence: [LOW],
    summary: /classified low/,
  },
  {
    name: 'fails under SCuBA when Microsoft-managed consent is assigned',
    patch: assign('ManagePermissionGrantsForSelf.microsoft-user-default-recommended'),
    settings: { profile: 'scuba' },
    expect: 'fail',
    evidence: ['ManagePermissionGrantsForSelf.microsoft-user-default-recommended'],
  },
  { name: 'fails under SCuBA when low-risk is combined with another self-consent policy', patch: assign(LOW, LEGACY), settings: { profile: 'scuba' }, expect: 'fail', evidence: [LEGACY] },
  { name: 'is not assessed when the authorization policy cannot be read', unreadable: { authorizationPolicy: true }, expect: 'not_assessed', summary: /Policy.Read.All/ },
]);
