import check from '../../../checks/m365/m365-app-credential-policy.js';
import type { CredentialRestriction } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type Tenant = ReturnType<typeof compliantTenant>;

/** Graph's "no cut-off date" value (.NET DateTime.MinValue). */
const ALL_APPS = '0001-01-01T00:00:00Z';

/**
 * The shared compliant tenant scopes its restrictions to apps created after 2024-01-01 and caps
 * certificates at P365D; SCuBA fails the first, CIS v7 (5.1.5.6: P180D) the second. This base
 * meets both benchmarks; the shared tenant's own values are tested as cases below.
 */
function hardenedTenant(): Tenant {
  const t = compliantTenant();
  const all = (r: CredentialRestriction) => ({ ...r, restrictForAppsCreatedAfterDateTime: ALL_APPS });
  t.appManagementPolicy.passwordCredentials = t.appManagementPolicy.passwordCredentials.map(all);
  t.appManagementPolicy.keyCredentials = t.appManagementPolicy.keyCredentials.map((r) => ({ ...all(r), maxLifetime: 'P180D' }));
  return t;
}

const restriction = (t: Tenant, type: string): CredentialRestriction => {
  const found = [...t.appManagementPolicy.passwordCredentials, ...t.appManagementPolicy.keyCredentials].find((r) => r.restrictionType === type);
  if (!found) throw new Error(`fixture lacks ${type}`);
  return found;
};

checkTable(check, 'm365', hardenedTenant, [
  { name: 'passes when secrets are blocked and lifetimes capped for every app', expect: 'pass', summary: /^New client secrets are blocked and credential lifetimes are capped/ },
  {
    name: 'passes when the cut-off date is null (not configured)',
    patch: (t) => {
      for (const r of [...t.appManagementPolicy.passwordCredentials, ...t.appManagementPolicy.keyCredentials]) r.restrictForAppsCreatedAfterDateTime = null;
    },
    expect: 'pass',
  },
  {
    name: 'fails when the policy is turned off',
    patch: (t) => {
      t.appManagementPolicy.isEnabled = false;
    },
    expect: 'fail',
    evidence: ['Default app management policy'],
  },
  {
    name: 'fails when password addition is not blocked',
    patch: (t) => {
      restriction(t, 'passwordAddition').state = 'disabled';
    },
    expect: 'fail',
    evidence: ['Block password addition'],
  },
  {
    name: 'fails when the password-addition restriction is missing',
    patch: (t) => {
      t.appManagementPolicy.passwordCredentials = t.appManagementPolicy.passwordCredentials.filter((r) => r.restrictionType !== 'passwordAddition');
    },
    expect: 'fail',
    evidence: ['Block password addition'],
  },
  {
    name: 'fails when the password lifetime is over 180 days',
    patch: (t) => {
      restriction(t, 'passwordLifetime').maxLifetime = 'P365D';
    },
    expect: 'fail',
    evidence: ['Password lifetime'],
  },
  {
    name: 'reads lifetimes given in years',
    patch: (t) => {
      restriction(t, 'passwordLifetime').maxLifetime = 'P1Y';
    },
    expect: 'fail',
    evidence: ['Password lifetime'],
  },
  {
    name: 'fails when the lifetime cannot be read rather than treating it as zero',
    patch: (t) => {
      restriction(t, 'passwordLifetime').maxLifetime = 'PT';
    },
    expect: 'fail',
    summary: /unreadable/,
  },
  {
    name: 'fails when the certificate lifetime restriction is missing',
    patch: (t) => {
      t.appManagementPolicy.keyCredentials = [];
    },
    expect: 'fail',
    evidence: ['Certificate lifetime'],
  },
  {
    name: 'strict: fails a P365D certificate cap (CIS v7 asks for 180 days)',
    patch: (t) => {
      restriction(t, 'asymmetricKeyLifetime').maxLifetime = 'P365D';
    },
    expect: 'fail',
    evidence: ['Certificate lifetime'],
  },
  {
    name: 'scuba: accepts the portal values 181 / 366 days (Entra enforces "less than")',
    patch: (t) => {
      restriction(t, 'passwordLifetime').maxLifetime = 'P181D';
      restriction(t, 'asymmetricKeyLifetime').maxLifetime = 'P366D';
    },
    settings: { profile: 'scuba' },
    expect: 'pass',
  },
  {
    name: 'scuba: password lifetime is moot once password addition is fully blocked',
    patch: (t) => {
      t.appManagementPolicy.passwordCredentials = t.appManagementPolicy.passwordCredentials.filter((r) => r.restrictionType !== 'passwordLifetime');
    },
    settings: { profile: 'scuba' },
    expect: 'pass',
  },
  {
    name: 'cis: still requires the password lifetime when addition is blocked',
    patch: (t) => {
      t.appManagementPolicy.passwordCredentials = t.appManagementPolicy.passwordCredentials.filter((r) => r.restrictionType !== 'passwordLifetime');
    },
    settings: { profile: 'cis' },
    expect: 'fail',
    evidence: ['Password lifetime'],
  },
  {
    name: 'strict: fails restrictions that exempt apps created before a cut-off date (false pass otherwise)',
    patch: (t) => {
      restriction(t, 'passwordAddition').restrictForAppsCreatedAfterDateTime = '2024-01-01T00:00:00Z';
    },
    expect: 'fail',
    evidence: ['Block password addition'],
    summary: /apps created after 2024-01-01/,
  },
  {
    name: 'cis: accepts a cut-off date on or before the assessment',
    patch: (t) => {
      restriction(t, 'passwordAddition').restrictForAppsCreatedAfterDateTime = '2024-01-01T00:00:00Z';
    },
    settings: { profile: 'cis' },
    expect: 'pass',
  },
  {
    name: 'cis: fails a cut-off date after the assessment',
    patch: (t) => {
      restriction(t, 'passwordAddition').restrictForAppsCreatedAfterDateTime = '2027-06-01T00:00:00Z';
    },
    settings: { profile: 'cis' },
    expect: 'fail',
  },
  {
    name: 'fails under strict with a 2024-01-01 cut-off and P365D certificates',
    patch: (t) => {
      for (const r of t.appManagementPolicy.passwordCredentials) r.restrictForAppsCreatedAfterDateTime = '2024-01-01T00:00:00Z';
      for (const r of t.appManagementPolicy.keyCredentials) {
        r.restrictForAppsCreatedAfterDateTime = '2024-01-01T00:00:00Z';
        r.maxLifetime = 'P365D';
      }
    },
    expect: 'fail',
    evidence: ['Certificate lifetime', 'Block password addition'],
  },
  {
    name: 'fails when only app registrations are restricted: the service principal restrictions are empty (MS.AAD.5.5)',
    patch: (t) => {
      t.appManagementPolicy.servicePrincipalRestrictions = { passwordCredentials: [], keyCredentials: [] };
    },
    expect: 'fail',
    evidence: ['Block password addition (service principals)', 'Certificate lifetime (service principals)'],
    notEvidence: ['Block password addition'],
  },
  {
    name: 'fails when service principals may still add passwords',
    patch: (t) => {
      t.appManagementPolicy.servicePrincipalRestrictions!.passwordCredentials[0]!.state = 'disabled';
    },
    expect: 'fail',
    evidence: ['Block password addition (service principals)'],
  },
  {
    name: 'fails when service principal certificates may live longer than allowed (MS.AAD.5.7)',
    patch: (t) => {
      t.appManagementPolicy.servicePrincipalRestrictions!.keyCredentials[0]!.maxLifetime = 'P2Y';
    },
    expect: 'fail',
    evidence: ['Certificate lifetime (service principals)'],
  },
  {
    name: 'fails when the service principal restriction exempts older apps (strict)',
    patch: (t) => {
      t.appManagementPolicy.servicePrincipalRestrictions!.passwordCredentials[0]!.restrictForAppsCreatedAfterDateTime = '2025-01-01T10:37:00Z';
    },
    settings: { profile: 'strict' },
    expect: 'fail',
    evidence: ['Block password addition (service principals)'],
  },
  {
    name: 'judges a P365D certificate cap by each control: only CIS 5.1.5.6 (180 days) fails, SCuBA 5.7 (365 or less) and the password controls pass',
    patch: (t) => {
      restriction(t, 'asymmetricKeyLifetime').maxLifetime = 'P365D';
      t.appManagementPolicy.servicePrincipalRestrictions!.keyCredentials[0]!.maxLifetime = 'P365D';
    },
    expect: 'fail',
    controls: { 'MS.AAD.5.5v1': 'pass', 'MS.AAD.5.6v1': 'pass', 'MS.AAD.5.7v1': 'pass', '5.1.5.3': 'pass', '5.1.5.4': 'pass', '5.1.5.6': 'fail' },
  },
  {
    name: 'passes a P365D certificate cap under the SCuBA profile, naming CIS 5.1.5.6 as failing',
    patch: (t) => {
      restriction(t, 'asymmetricKeyLifetime').maxLifetime = 'P365D';
      t.appManagementPolicy.servicePrincipalRestrictions!.keyCredentials[0]!.maxLifetime = 'P365D';
    },
    settings: { profile: 'scuba' },
    expect: 'pass',
    controls: { 'MS.AAD.5.7v1': 'pass', '5.1.5.6': 'fail' },
    summary: /does not count: CIS 5\.1\.5\.6/,
  },
  {
    name: 'fails only the certificate controls when no certificate restriction exists: password addition is still blocked (MS.AAD.5.5v1, CIS 5.1.5.3)',
    patch: (t) => {
      t.appManagementPolicy.keyCredentials = [];
      t.appManagementPolicy.servicePrincipalRestrictions!.keyCredentials = [];
    },
    expect: 'fail',
    controls: { 'MS.AAD.5.5v1': 'pass', '5.1.5.3': 'pass', 'MS.AAD.5.6v1': 'pass', '5.1.5.4': 'pass', 'MS.AAD.5.7v1': 'fail', '5.1.5.6': 'fail' },
  },
  {
    name: 'passes MS.AAD.5.6v1 without a password lifetime once addition is blocked everywhere, but fails CIS 5.1.5.4',
    patch: (t) => {
      t.appManagementPolicy.passwordCredentials = t.appManagementPolicy.passwordCredentials.filter((r) => r.restrictionType !== 'passwordLifetime');
    },
    expect: 'fail',
    controls: { 'MS.AAD.5.5v1': 'pass', 'MS.AAD.5.6v1': 'pass', '5.1.5.4': 'fail' },
  },
  {
    name: 'judges MS.AAD.5.6v1 by 181 days (the portal value) and CIS 5.1.5.4 by 180 when passwords are permitted',
    patch: (t) => {
      restriction(t, 'passwordAddition').state = 'disabled';
      restriction(t, 'passwordLifetime').maxLifetime = 'P181D';
    },
    expect: 'fail',
    controls: { 'MS.AAD.5.5v1': 'fail', '5.1.5.3': 'fail', 'MS.AAD.5.6v1': 'pass', '5.1.5.4': 'fail' },
  },
  {
    name: 'judges a past cut-off date by each control: SCuBA 5.5 (every app) fails, CIS 5.1.5.3 passes',
    patch: (t) => {
      restriction(t, 'passwordAddition').restrictForAppsCreatedAfterDateTime = '2024-01-01T00:00:00Z';
    },
    expect: 'fail',
    controls: { 'MS.AAD.5.5v1': 'fail', '5.1.5.3': 'pass', 'MS.AAD.5.6v1': 'pass', '5.1.5.4': 'pass' },
  },
  { name: 'fails every control when the policy is turned off', patch: (t) => { t.appManagementPolicy.isEnabled = false; }, settings: { profile: 'cis' }, expect: 'fail', controls: { 'MS.AAD.5.5v1': 'fail', '5.1.5.3': 'fail', 'MS.AAD.5.6v1': 'fail', '5.1.5.4': 'fail', 'MS.AAD.5.7v1': 'fail', '5.1.5.6': 'fail' } },
  {
    name: 'is not assessed for a snapshot saved before service principal restrictions were collected',
    patch: (t) => {
      delete t.appManagementPolicy.servicePrincipalRestrictions;
    },
    expect: 'not_assessed',
    summary: /servicePrincipalRestrictions/,
  },
  { name: 'is not assessed when the policy cannot be read', unreadable: { appManagementPolicy: true }, expect: 'not_assessed', summary: /Policy.Read.All/ },
]);
