import { describe, expect, it } from 'vitest';
import check from '../../../checks/m365/m365-app-tenant-wide-high-risk-grants.js';
import type { ServicePrincipal } from '../../../src/snapshot/m365.js';
import { checkTable, runCheckOn } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type Tenant = ReturnType<typeof compliantTenant>;

const phisher: ServicePrincipal = {
  id: 'sp-mail-helper',
  appId: 'app-mail-helper',
  displayName: 'Mail Helper Pro',
  appOwnerOrganizationId: 'cccccccc-0000-4000-8000-000000000003',
  servicePrincipalType: 'Application',
  accountEnabled: true,
  publisherName: 'Mail Helper',
  verifiedPublisher: null,
  passwordCredentialCount: 0,
  keyCredentialCount: 0,
};

const grant = (clientId: string, scopes: string[], consentType = 'AllPrincipals') => (t: Tenant) => {
  t.oauth2PermissionGrants.push({ id: `g-${clientId}-${consentType}`, clientId, consentType, principalId: consentType === 'AllPrincipals' ? null : 'u-member-1', resourceId: 'sp-graph', scopes });
};
const withPhisher = (t: Tenant) => {
  t.servicePrincipals.push(structuredClone(phisher));
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when tenant-wide grants hold only low-risk scopes', expect: 'pass' },
  {
    name: 'fails for a third-party app consented Mail.Read for all users, naming app and scope',
    patch: (t) => {
      withPhisher(t);
      grant('sp-mail-helper', ['User.Read', 'Mail.Read', 'offline_access'])(t);
    },
    expect: 'fail',
    evidence: ['Mail Helper Pro'],
    summary: /1 tenant-wide grant/,
  },
  {
    name: 'fails for a verified vendor holding Files.ReadWrite.All tenant-wide (verification does not make a scope safe)',
    patch: grant('sp-vendor-crm', ['Files.ReadWrite.All']),
    expect: 'fail',
    evidence: ['Fabrikam CRM'],
  },
  {
    name: 'matches scopes case-insensitively',
    patch: (t) => {
      withPhisher(t);
      grant('sp-mail-helper', ['directory.readwrite.all'])(t);
    },
    expect: 'fail',
    evidence: ['Mail Helper Pro'],
  },
  {
    name: 'ignores a high-risk scope granted by one user only (consentType Principal)',
    patch: (t) => {
      withPhisher(t);
      grant('sp-mail-helper', ['Mail.ReadWrite'], 'Principal')(t);
    },
    expect: 'pass',
  },
  {
    name: 'ignores the tenant\'s own app holding a high-risk scope tenant-wide',
    patch: grant('sp-first-party-portal', ['Sites.FullControl.All']),
    expect: 'pass',
  },
  {
    name: 'ignores a Microsoft first-party app (owner tenant is Microsoft\'s), whatever its publisher name',
    patch: (t) => {
      t.servicePrincipals.push({ ...structuredClone(phisher), id: 'sp-ms', displayName: 'Office 365 Exchange Online', appOwnerOrganizationId: '72f988bf-86f1-41af-91ab-2d7cd011db47' });
      grant('sp-ms', ['Mail.ReadWrite'])(t);
    },
    expect: 'pass',
  },
  {
    name: 'treats an app claiming to be Microsoft by name but owned by another tenant as third-party',
    patch: (t) => {
      t.servicePrincipals.push({ ...structuredClone(phisher), id: 'sp-fake-ms', displayName: 'Microsoft Outlook Sync', publisherName: 'Microsoft' });
      grant('sp-fake-ms', ['Mail.Send'])(t);
    },
    expect: 'fail',
    evidence: ['Microsoft Outlook Sync'],
  },
  {
    name: 'fails for a grant whose client is not among the service principals read (cannot prove it first-party)',
    patch: grant('sp-deleted-or-hidden', ['Files.Read.All']),
    expect: 'fail',
    evidence: ['Unresolved app sp-deleted-or-hidden'],
  },
  { name: 'is not assessed when grants cannot be read', unreadable: { oauth2PermissionGrants: { permission: 'Directory.Read.All' } }, expect: 'not_assessed', summary: /Directory.Read.All/ },
  { name: 'is not assessed when service principals cannot be read (apps cannot be classified)', unreadable: { servicePrincipals: true }, expect: 'not_assessed' },
  { name: 'is not assessed when the organization cannot be read', unreadable: { organization: true }, expect: 'not_assessed' },
]);

describe('m365-app-tenant-wide-high-risk-grants evidence', () => {
  it('names only the risky scopes, the resource and the publisher state', () => {
    const tenant = compliantTenant();
    withPhisher(tenant);
    grant('sp-mail-helper', ['User.Read', 'Mail.Read', 'Files.ReadWrite.All', 'offline_access'])(tenant);
    const result = runCheckOn(check, 'm365', tenant);
    expect(result.status).toBe('fail');
    const [item] = result.evidence;
    expect(item).toMatchObject({ kind: 'grant', name: 'Mail Helper Pro', id: 'sp-mail-helper' });
    expect(item?.detail).toContain('Mail.Read, Files.ReadWrite.All on Microsoft Graph');
    expect(item?.detail).toContain('unverified publisher');
    expect(item?.detail).not.toContain('User.Read,');
  });
});
