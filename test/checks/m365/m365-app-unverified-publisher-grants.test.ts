import check from '../../../checks/m365/m365-app-unverified-publisher-grants.js';
import { describe, expect, it } from 'vitest';
import { checkTable, runCheckOn } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type Tenant = ReturnType<typeof compliantTenant>;
const unverifyVendor = (t: Tenant) => {
  const vendor = t.servicePrincipals.find((sp) => sp.id === 'sp-vendor-crm');
  if (vendor) vendor.verifiedPublisher = { displayName: null, verifiedPublisherId: null };
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the only third-party app with tenant-wide access is verified', expect: 'pass' },
  {
    name: 'fails for an unverified vendor holding an application permission',
    patch: unverifyVendor,
    expect: 'fail',
    evidence: ['Fabrikam CRM'],
  },
  {
    name: 'fails for an unverified vendor with a tenant-wide delegated grant (no app permissions)',
    patch: (t) => {
      t.servicePrincipals.push({ id: 'sp-survey', appId: 'app-survey', displayName: 'Quick Survey', appOwnerOrganizationId: 'dddddddd-0000-4000-8000-000000000004', servicePrincipalType: 'Application', accountEnabled: true, publisherName: 'Quick Survey', verifiedPublisher: null, passwordCredentialCount: 0, keyCredentialCount: 0 });
      t.oauth2PermissionGrants.push({ id: 'g-survey', clientId: 'sp-survey', consentType: 'AllPrincipals', principalId: null, resourceId: 'sp-graph', scopes: ['User.Read'] });
    },
    expect: 'fail',
    evidence: ['Quick Survey'],
    notEvidence: ['Fabrikam CRM'],
  },
  {
    name: 'ignores an unverified vendor whose only grant is one user\'s own consent',
    patch: (t) => {
      unverifyVendor(t);
      t.graphAppRoleAssignments = t.graphAppRoleAssignments.filter((a) => a.principalId !== 'sp-vendor-crm');
    },
    expect: 'pass',
  },
  {
    name: 'ignores the tenant\'s own unverified apps with tenant-wide grants',
    patch: (t) => {
      t.oauth2PermissionGrants.push({ id: 'g-auto', clientId: 'sp-automation', consentType: 'AllPrincipals', principalId: null, resourceId: 'sp-graph', scopes: ['Mail.Send'] });
    },
    expect: 'pass',
  },
  {
    name: 'fails for an unverified vendor whose only tenant-wide access is an Exchange Online application permission',
    patch: (t) => {
      t.servicePrincipals.push({ id: 'sp-mail-archiver', appId: 'app-mail-archiver', displayName: 'Mail Archiver', appOwnerOrganizationId: 'eeeeeeee-0000-4000-8000-000000000005', servicePrincipalType: 'Application', accountEnabled: true, publisherName: 'Mail Archiver Ltd', verifiedPublisher: null, passwordCredentialCount: 0, keyCredentialCount: 0 });
      t.graphAppRoleAssignments.push({ id: 'ara-archiver', principalId: 'sp-mail-archiver', principalDisplayName: 'Mail Archiver', appRoleId: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40', permission: 'full_access_as_app', resourceAppId: '00000002-0000-0ff1-ce00-000000000000', resourceDisplayName: 'Office 365 Exchange Online' });
    },
    expect: 'fail',
    evidence: ['Mail Archiver'],
    notEvidence: ['Fabrikam CRM'],
  },
  { name: 'is not assessed when service principals cannot be read', unreadable: { servicePrincipals: true }, expect: 'not_assessed' },
  { name: 'is not assessed when app role assignments cannot be read', unreadable: { graphAppRoleAssignments: true }, expect: 'not_assessed' },
]);

describe('m365-app-unverified-publisher-grants evidence', () => {
  it('says which API an application permission is on', () => {
    const tenant = compliantTenant();
    unverifyVendor(tenant);
    tenant.graphAppRoleAssignments.push({ id: 'ara-crm-spo', principalId: 'sp-vendor-crm', principalDisplayName: 'Fabrikam CRM', appRoleId: '678536fe-1083-478a-9c59-b99265e6b0d3', permission: 'Sites.FullControl.All', resourceAppId: '00000003-0000-0ff1-ce00-000000000000', resourceDisplayName: 'Office 365 SharePoint Online' });
    const result = runCheckOn(check, 'm365', tenant);
    expect(result.evidence).toHaveLength(1);
    expect(result.evidence[0]?.detail).toMatch(/^Microsoft Graph application permissions and SharePoint Online application permissions; unverified publisher/);
  });
});
