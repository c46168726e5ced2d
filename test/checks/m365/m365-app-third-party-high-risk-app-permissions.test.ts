import { describe, expect, it } from 'vitest';
import check from '../../../checks/m365/m365-app-third-party-high-risk-app-permissions.js';
import { checkTable, runCheckOn } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type Tenant = ReturnType<typeof compliantTenant>;

const GRAPH = { resourceAppId: '00000003-0000-0000-c000-000000000000', resourceDisplayName: 'Microsoft Graph' };
const EXCHANGE = { resourceAppId: '00000002-0000-0ff1-ce00-000000000000', resourceDisplayName: 'Office 365 Exchange Online' };
const SHAREPOINT = { resourceAppId: '00000003-0000-0ff1-ce00-000000000000', resourceDisplayName: 'Office 365 SharePoint Online' };

const appRole = (principalId: string, permission: string | null, principalDisplayName = principalId, resource = GRAPH) => (t: Tenant) => {
  t.graphAppRoleAssignments.push({ id: `ara-${principalId}-${permission}-${resource.resourceAppId}`, principalId, principalDisplayName, appRoleId: '00000000-0000-0000-0000-00000000abcd', permission, ...resource });
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when third-party apps hold only low-risk application permissions', expect: 'pass' },
  {
    name: 'fails for a vendor holding Mail.ReadWrite and Sites.FullControl.All, listing both',
    patch: (t) => {
      appRole('sp-vendor-crm', 'Mail.ReadWrite')(t);
      appRole('sp-vendor-crm', 'Sites.FullControl.All')(t);
    },
    expect: 'fail',
    evidence: ['Fabrikam CRM'],
    summary: /1 third-party app holds/,
  },
  {
    name: 'fails for RoleManagement.ReadWrite.Directory held by a vendor',
    patch: appRole('sp-vendor-crm', 'RoleManagement.ReadWrite.Directory'),
    expect: 'fail',
    evidence: ['Fabrikam CRM'],
  },
  {
    name: 'fails for a vendor holding Exchange Online full_access_as_app (every mailbox over EWS), which Graph never shows',
    patch: appRole('sp-vendor-crm', 'full_access_as_app', 'Fabrikam CRM', EXCHANGE),
    expect: 'fail',
    evidence: ['Fabrikam CRM'],
    summary: /1 third-party app holds/,
  },
  {
    name: 'fails for a vendor holding Exchange.ManageAsApp',
    patch: appRole('sp-vendor-crm', 'Exchange.ManageAsApp', 'Fabrikam CRM', EXCHANGE),
    expect: 'fail',
    evidence: ['Fabrikam CRM'],
  },
  {
    name: 'fails for a vendor holding Mail.ReadWrite on Exchange Online (matched by the Mail.* entry of Exchange\'s list)',
    patch: appRole('sp-vendor-crm', 'Mail.ReadWrite', 'Fabrikam CRM', EXCHANGE),
    expect: 'fail',
    evidence: ['Fabrikam CRM'],
  },
  {
    name: 'fails for a vendor holding SharePoint Online Sites.FullControl.All',
    patch: appRole('sp-vendor-crm', 'Sites.FullControl.All', 'Fabrikam CRM', SHAREPOINT),
    expect: 'fail',
    evidence: ['Fabrikam CRM'],
  },
  {
    name: 'passes a vendor holding SharePoint Online Sites.Selected (the narrow alternative)',
    patch: appRole('sp-vendor-crm', 'Sites.Selected', 'Fabrikam CRM', SHAREPOINT),
    expect: 'pass',
  },
  {
    name: 'does not judge an Exchange permission by Graph\'s list: Directory.ReadWrite.All is no Exchange app role',
    patch: appRole('sp-vendor-crm', 'Directory.ReadWrite.All', 'Fabrikam CRM', EXCHANGE),
    expect: 'pass',
  },
  {
    name: 'ignores the tenant\'s own automation holding a high-risk permission',
    patch: appRole('sp-automation', 'Directory.ReadWrite.All'),
    expect: 'pass',
  },
  {
    name: 'ignores the tenant\'s own automation holding Exchange full_access_as_app',
    patch: appRole('sp-automation', 'full_access_as_app', 'Contoso automation', EXCHANGE),
    expect: 'pass',
  },
  {
    name: 'ignores Microsoft first-party service principals',
    patch: appRole('sp-graph', 'Application.ReadWrite.All'),
    expect: 'pass',
  },
  {
    name: 'ignores a Microsoft first-party service principal holding SharePoint Sites.FullControl.All',
    patch: appRole('sp-graph', 'Sites.FullControl.All', 'Microsoft Graph', SHAREPOINT),
    expect: 'pass',
  },
  {
    name: 'treats an assignment to an unknown principal as third-party',
    patch: appRole('sp-unknown', 'AppRoleAssignment.ReadWrite.All', 'Orphaned connector'),
    expect: 'fail',
    evidence: ['Orphaned connector'],
  },
  {
    name: 'treats an unknown principal holding full_access_as_app as third-party',
    patch: appRole('sp-unknown', 'full_access_as_app', 'Orphaned mail connector', EXCHANGE),
    expect: 'fail',
    evidence: ['Orphaned mail connector'],
  },
  {
    name: 'says when a role id could not be resolved instead of silently passing it',
    patch: appRole('sp-vendor-crm', null),
    expect: 'pass',
    summary: /unrecognised role id/,
  },
  { name: 'is not assessed when app role assignments cannot be read', unreadable: { graphAppRoleAssignments: { permission: 'Application.Read.All' } }, expect: 'not_assessed', summary: /Application.Read.All/ },
  { name: 'is not assessed when service principals cannot be read', unreadable: { servicePrincipals: true }, expect: 'not_assessed' },
]);

describe('m365-app-third-party-high-risk-app-permissions evidence', () => {
  it('groups permissions per app and leaves out the low-risk ones', () => {
    const tenant = compliantTenant();
    appRole('sp-vendor-crm', 'Mail.ReadWrite')(tenant);
    appRole('sp-vendor-crm', 'Sites.FullControl.All')(tenant);
    const result = runCheckOn(check, 'm365', tenant);
    expect(result.evidence).toHaveLength(1);
    expect(result.evidence[0]).toMatchObject({ kind: 'app', name: 'Fabrikam CRM', id: 'sp-vendor-crm' });
    expect(result.evidence[0]?.detail).toMatch(/^Mail\.ReadWrite, Sites\.FullControl\.All \(verified publisher Fabrikam, Inc\./);
    expect(result.evidence[0]?.detail).not.toContain('Calendars.Read');
  });

  it('names the API a non-Graph permission is on, so Graph\'s and SharePoint\'s Sites.FullControl.All read apart', () => {
    const tenant = compliantTenant();
    appRole('sp-vendor-crm', 'Sites.FullControl.All')(tenant);
    appRole('sp-vendor-crm', 'Sites.FullControl.All', 'Fabrikam CRM', SHAREPOINT)(tenant);
    appRole('sp-vendor-crm', 'full_access_as_app', 'Fabrikam CRM', EXCHANGE)(tenant);
    const result = runCheckOn(check, 'm365', tenant);
    expect(result.status).toBe('fail');
    expect(result.evidence).toHaveLength(1);
    expect(result.evidence[0]?.detail).toMatch(/^Sites\.FullControl\.All, Sites\.FullControl\.All on SharePoint Online, full_access_as_app on Exchange Online \(/);
  });

  it('recognises the API by its appId whatever its case', () => {
    const tenant = compliantTenant();
    appRole('sp-vendor-crm', 'Mail.ReadWrite', 'Fabrikam CRM', { resourceAppId: '00000002-0000-0FF1-CE00-000000000000', resourceDisplayName: 'Office 365 Exchange Online' })(tenant);
    const result = runCheckOn(check, 'm365', tenant);
    expect(result.evidence[0]?.detail).toMatch(/^Mail\.ReadWrite on Exchange Online \(/);
  });
});
