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
    name: 'passes the low-risk policy under SCuBA when only harmless sign-in permissions are classified low',
    patch: assign(LOW),
    settings: { profile: 'scuba' },
    expect: 'pass',
    summary: /none of the 4 Microsoft Graph permissions classified low is high-risk \(User\.Read, openid, profile, offline_access\)/,
  },
  {
    name: 'passes the low-risk policy under SCuBA when nothing is classified low (users can then consent to nothing)',
    patch: (t) => {
      assign(LOW)(t);
      t.permissionClassifications = [];
    },
    settings: { profile: 'scuba' },
    expect: 'pass',
  },
  {
    name: 'fails the low-risk policy under SCuBA when a high-risk permission is classified low, naming it',
    patch: (t) => {
      assign(LOW)(t);
      t.permissionClassifications.push({ id: 'pc-mail', permissionId: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', permissionName: 'Mail.Read', classification: 'low' });
      t.permissionClassifications.push({ id: 'pc-files', permissionId: '863451e7-0667-486c-a5d6-d135439485f0', permissionName: 'Files.ReadWrite.All', classification: 'low' });
    },
    settings: { profile: 'scuba' },
    expect: 'fail',
    evidence: ['Mail.Read', 'Files.ReadWrite.All'],
    notEvidence: ['User.Read', LOW],
    summary: /2 high-risk Microsoft Graph permissions classified low: Mail\.Read, Files\.ReadWrite\.All/,
  },
  {
    name: 'passes under SCuBA when a high-risk permission is classified medium or high, not low',
    patch: (t) => {
      assign(LOW)(t);
      t.permissionClassifications.push({ id: 'pc-mail', permissionId: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', permissionName: 'Mail.Read', classification: 'high' });
      t.permissionClassifications.push({ id: 'pc-files', permissionId: '863451e7-0667-486c-a5d6-d135439485f0', permissionName: 'Files.ReadWrite.All', classification: 'medium' });
    },
    settings: { profile: 'scuba' },
    expect: 'pass',
  },
  {
    name: 'reads the classification without regard to case ("Low" is low)',
    patch: (t) => {
      assign(LOW)(t);
      t.permissionClassifications.push({ id: 'pc-dir', permissionId: '0e263e50-5827-48a4-b97c-d940288653c7', permissionName: 'Directory.AccessAsUser.All', classification: 'Low' });
    },
    settings: { profile: 'scuba' },
    expect: 'fail',
    evidence: ['Directory.AccessAsUser.All'],
  },
  {
    name: 'still fails a high-risk permission classified low under the strict profile (the low-risk policy itself fails there)',
    patch: (t) => {
      assign(LOW)(t);
      t.permissionClassifications.push({ id: 'pc-mail', permissionId: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', permissionName: 'Mail.Read', classification: 'low' });
    },
    expect: 'fail',
    evidence: [LOW],
  },
  {
    name: 'is not assessed under SCuBA when the low-risk policy is assigned and the classifications cannot be read',
    patch: assign(LOW),
    unreadable: { permissionClassifications: { permission: 'Application.Read.All' } },
    settings: { profile: 'scuba' },
    expect: 'not_assessed',
    summary: /permissionClassifications.*Application\.Read\.All/,
  },
  {
    name: 'fails under SCuBA when Microsoft-managed consent is assigned',
    patch: assign('ManagePermissionGrantsForSelf.microsoft-user-default-recommended'),
    settings: { profile: 'scuba' },
    expect: 'fail',
    evidence: ['ManagePermissionGrantsForSelf.microsoft-user-default-recommended'],
  },
  { name: 'fails under SCuBA when low-risk is combined with another self-consent policy', patch: assign(LOW, LEGACY), settings: { profile: 'scuba' }, expect: 'fail', evidence: [LEGACY] },
  {
    name: 'judges the low-risk policy with benign classifications by each control: MS.AAD.5.2v1 (option 2) passes, CIS 5.1.5.1 (users cannot consent) fails',
    patch: assign(LOW),
    expect: 'fail',
    controls: { 'MS.AAD.5.2v1': 'pass', '5.1.5.1': 'fail' },
  },
  {
    name: 'keeps CIS 5.1.5.1 failing on the low-risk policy under the SCuBA profile, and says so',
    patch: assign(LOW),
    settings: { profile: 'scuba' },
    expect: 'pass',
    controls: { 'MS.AAD.5.2v1': 'pass', '5.1.5.1': 'fail' },
    summary: /does not count: .*CIS 5\.1\.5\.1/,
  },
  {
    name: 'fails MS.AAD.5.2v1 under the CIS profile too when a high-risk permission is classified low',
    patch: (t) => {
      assign(LOW)(t);
      t.permissionClassifications.push({ id: 'pc-mail', permissionId: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', permissionName: 'Mail.Read', classification: 'low' });
    },
    settings: { profile: 'cis' },
    expect: 'fail',
    controls: { 'MS.AAD.5.2v1': 'fail', '5.1.5.1': 'fail' },
  },
  { name: 'passes both controls when user consent is off', settings: { profile: 'scuba' }, expect: 'pass', controls: { 'MS.AAD.5.2v1': 'pass', '5.1.5.1': 'pass' } },
  { name: 'is not assessed when the authorization policy cannot be read', unreadable: { authorizationPolicy: true }, expect: 'not_assessed', summary: /Policy.Read.All/ },
]);
