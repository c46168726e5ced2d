import { describe, expect, it } from 'vitest';
import check from '../../../checks/m365/m365-ext-cross-tenant-inbound-default-blocked.js';
import type { CrossTenantPartner } from '../../../src/snapshot/m365.js';
import { checkTable, runCheckOn } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const allowAll = { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] };
const partner = (tenantId: string, isServiceProvider: boolean | null): CrossTenantPartner => ({
  tenantId,
  isServiceProvider,
  b2bCollaborationInbound: { usersAndGroups: allowAll, applications: { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] } },
  b2bDirectConnectInbound: null,
  inboundTrust: null,
});

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when both inbound defaults block all users and applications', expect: 'pass' },
  {
    name: 'fails when B2B collaboration inbound allows all users (Microsoft\'s default)',
    patch: (t) => {
      const inbound = t.crossTenantAccessDefault.b2bCollaborationInbound;
      if (inbound) inbound.usersAndGroups = allowAll;
    },
    expect: 'fail',
    evidence: ['Default B2B collaboration inbound: users and groups'],
    notEvidence: ['Default B2B collaboration inbound: applications'],
  },
  {
    name: 'fails when direct connect inbound applications are allowed',
    patch: (t) => {
      const inbound = t.crossTenantAccessDefault.b2bDirectConnectInbound;
      if (inbound) inbound.applications = { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] };
    },
    expect: 'fail',
    evidence: ['Default B2B direct connect inbound: applications'],
  },
  {
    name: 'fails when "blocked" targets only one group rather than all users (a partial block)',
    patch: (t) => {
      const inbound = t.crossTenantAccessDefault.b2bCollaborationInbound;
      if (inbound) inbound.usersAndGroups = { accessType: 'blocked', targets: [{ target: 'group-1', targetType: 'group' }] };
    },
    expect: 'fail',
  },
  {
    name: 'fails when an inbound default is missing from the response',
    patch: (t) => {
      t.crossTenantAccessDefault.b2bDirectConnectInbound = null;
    },
    expect: 'fail',
    summary: /not set/,
  },
  {
    name: 'lists partner overrides and notes a GDAP service provider without failing',
    patch: (t) => {
      t.crossTenantPartners = [partner('eeeeeeee-0000-4000-8000-000000000005', true), partner('ffffffff-0000-4000-8000-000000000006', false)];
    },
    expect: 'pass',
    evidence: ['Partner tenant eeeeeeee-0000-4000-8000-000000000005', 'Partner tenant ffffffff-0000-4000-8000-000000000006'],
    summary: /2 partner override/,
  },
  { name: 'is not assessed when the default policy cannot be read', unreadable: { crossTenantAccessDefault: true }, expect: 'not_assessed' },
  { name: 'is not assessed when partners cannot be read', unreadable: { crossTenantPartners: true }, expect: 'not_assessed' },
]);

describe('m365-ext-cross-tenant-inbound-default-blocked evidence', () => {
  it('marks a service-provider partner as expected', () => {
    const tenant = compliantTenant();
    tenant.crossTenantPartners = [partner('eeeeeeee-0000-4000-8000-000000000005', true)];
    const result = runCheckOn(check, 'm365', tenant);
    expect(result.status).toBe('pass');
    expect(result.evidence[0]?.detail).toMatch(/^service provider \(GDAP\/CSP partner, expected\); B2B collaboration: users allowed for AllUsers/);
  });
});
