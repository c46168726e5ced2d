import check from '../../../checks/m365/m365-app-unverified-publisher-grants.js';
import { checkTable } from '../../support/check-table.js';
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
  { name: 'is not assessed when service principals cannot be read', unreadable: { servicePrincipals: true }, expect: 'not_assessed' },
  { name: 'is not assessed when app role assignments cannot be read', unreadable: { graphAppRoleAssignments: true }, expect: 'not_assessed' },
]);
