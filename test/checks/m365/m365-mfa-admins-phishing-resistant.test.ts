import { describe, expect, it } from 'vitest';
import check from '../../../checks/m365/m365-mfa-admins-phishing-resistant.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every admin has FIDO2 or Windows Hello for Business', expect: 'pass' },
  {
    name: 'fails for an admin with only Authenticator push (MFA-capable, but phishable)',
    patch: (t) => {
      t.userRegistrationDetails.find((x) => x.id === 'u-admin-2')!.methodsRegistered = ['microsoftAuthenticatorPush', 'softwareOneTimePasscode'];
    },
    expect: 'fail',
    evidence: ['alex.admin@contoso.example'],
    notEvidence: ['adele.admin@contoso.example'],
  },
  {
    name: 'passes for an admin with a device-bound passkey in Authenticator',
    patch: (t) => {
      t.userRegistrationDetails.find((x) => x.id === 'u-admin-2')!.methodsRegistered = ['passKeyDeviceBoundAuthenticator'];
    },
    expect: 'pass',
  },
  {
    name: 'passes for an admin using certificate-based authentication',
    patch: (t) => {
      t.userRegistrationDetails.find((x) => x.id === 'u-admin-2')!.methodsRegistered = ['x509CertificateMultiFactor'];
    },
    expect: 'pass',
  },
  { name: 'is not assessed when the report cannot be read', unreadable: { userRegistrationDetails: true }, expect: 'not_assessed' },
  {
    name: 'is not assessed (never pass) when the report lists no administrator at all',
    patch: (t) => {
      t.userRegistrationDetails = t.userRegistrationDetails.filter((u) => !u.isAdmin);
    },
    expect: 'not_assessed',
    summary: /no administrators/,
  },
]);

describe('m365-mfa-admins-phishing-resistant citations', () => {
  it('does not cite MS.AAD.3.6 (a Conditional Access requirement, judged by m365-ca-phishing-resistant-admins)', () => {
    expect((check.meta.references.scuba ?? []).filter((id) => id.startsWith('MS.AAD.3.6'))).toEqual([]);
  });
});
