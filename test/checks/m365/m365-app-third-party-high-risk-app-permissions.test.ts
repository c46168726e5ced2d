import { describe, expect, it } from 'vitest';
import check from '../../../checks/m365/m365-app-third-party-high-risk-app-permissions.js';
import { checkTable, runCheckOn } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type Tenant = ReturnType<typeof compliantTenant>;
const appRole = (principalId: string, permission: string | null, principalDisplayName = principalId) => (t: Tenant) => {
  t.graphAppRoleAssignments.push({ id: `ara-${principalId}-${permission}`, principalId, principalDisplayName, appRoleId: '00000000-0000-0000-0000-00000000abcd', permission });
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
    name: 'ignores the tenant\'s own automation holding a high-risk permission',
    patch: appRole('sp-automation', 'Directory.ReadWrite.All'),
    expect: 'pass',
  },
  {
    name: 'ignores Microsoft first-party service principals',
    patch: appRole('sp-graph', 'Application.ReadWrite.All'),
    expect: 'pass',
  },
  {
    name: 'treats an assignment to an unknown principal as third-party',
    patch: appRole('sp-unknown', 'AppRoleAssignment.ReadWrite.All', 'Orphaned connector'),
    expect: 'fail',
    evidence: ['Orphaned connector'],
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
});
