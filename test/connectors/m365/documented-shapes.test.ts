import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { m365Collectors } from '../../../src/connectors/m365/collectors/index.js';
import { GraphReader } from '../../../src/connectors/m365/graph-reader.js';
import type { M365SectionName } from '../../../src/snapshot/m365.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { API_EXAMPLES, BASE, EXAMPLES_MISSING, NO_SERVICES, TOKEN, batchRelay, readJson, testTransport, useStrictNock } from './graph-nock.js';

useStrictNock();
const AUTH = { reqheaders: { authorization: `Bearer ${TOKEN}` } };
const KEYWORDS = new Set(['All', 'None', 'GuestsOrExternalUsers']);

const example = (file: string) => readJson(join(API_EXAMPLES, file)) as Record<string, unknown>;
const asList = (file: string) => ({ value: [example(file)] });

interface Case {
  section: M365SectionName;
  path: string;
  body: () => Record<string, unknown>;
  /** What the collector must have made of it: proves the documented values came through, not defaults. */
  check: (data: unknown) => void;
}

const cases: [string, Case][] = [
  ['authorizationPolicy', { section: 'authorizationPolicy', path: '/v1.0/policies/authorizationPolicy', body: () => example('v1.0_policies_authorizationPolicy.json'), check: (d) => expect(d).toMatchObject({ allowInvitesFrom: 'everyone', defaultUserRolePermissions: { permissionGrantPoliciesAssigned: ['just-user-read'] } }) }],
  ['adminConsentRequestPolicy', { section: 'adminConsentRequestPolicy', path: '/v1.0/policies/adminConsentRequestPolicy', body: () => example('v1.0_policies_adminConsentRequestPolicy.json'), check: (d) => expect((d as { reviewers: unknown[] }).reviewers.length).toBeGreaterThan(0) }],
  ['authenticationMethodsPolicy', { section: 'authenticationMethodsPolicy', path: '/v1.0/policies/authenticationMethodsPolicy', body: () => example('v1.0_policies_authenticationMethodsPolicy.json'), check: (d) => expect((d as { methods: unknown[] }).methods.length).toBeGreaterThan(0) }],
  ['userRegistrationDetails', { section: 'userRegistrationDetails', path: '/v1.0/reports/authenticationMethods/userRegistrationDetails', body: () => example('v1.0_reports_authenticationMethods_userRegistrationDetails.json'), check: (d) => expect((d as unknown[]).length).toBeGreaterThan(0) }],
  ['conditionalAccessPolicies (list example)', { section: 'conditionalAccessPolicies', path: '/v1.0/identity/conditionalAccess/policies', body: () => example('v1.0_identity_conditionalAccess_policies.json'), check: (d) => expect((d as unknown[]).length).toBeGreaterThan(0) }],
  ['conditionalAccessPolicies (single-policy example in a list)', { section: 'conditionalAccessPolicies', path: '/v1.0/identity/conditionalAccess/policies', body: () => asList('v1.0_identity_conditionalAccess_policies_id.json'), check: (d) => expect((d as unknown[]).length).toBe(1) }],
  ['namedLocations', { section: 'namedLocations', path: '/v1.0/identity/conditionalAccess/namedLocations', body: () => example('v1.0_identity_conditionalAccess_namedLocations.json'), check: (d) => expect((d as { kind: string }[]).some((l) => l.kind !== 'other')).toBe(true) }],
  ['crossTenantAccessDefault', { section: 'crossTenantAccessDefault', path: '/v1.0/policies/crossTenantAccessPolicy/default', body: () => example('v1.0_policies_crossTenantAccessPolicy_default.json'), check: (d) => expect((d as { b2bCollaborationInbound: unknown }).b2bCollaborationInbound).not.toBeNull() }],
  ['crossTenantPartners', { section: 'crossTenantPartners', path: '/v1.0/policies/crossTenantAccessPolicy/partners', body: () => example('v1.0_policies_crossTenantAccessPolicy_partners.json'), check: (d) => expect((d as unknown[]).length).toBeGreaterThan(0) }],
  ['sharePointSettings (wrapped in "value" as the reference page shows)', { section: 'sharePointSettings', path: '/v1.0/admin/sharepoint/settings', body: () => example('v1.0_admin_sharepoint_settings.json'), check: (d) => expect(typeof (d as { sharingCapability: unknown }).sharingCapability).toBe('string') }],
  ['sharePointSettings (bare, as the service answers)', { section: 'sharePointSettings', path: '/v1.0/admin/sharepoint/settings', body: () => example('v1.0_admin_sharepoint_settings.json').value as Record<string, unknown>, check: (d) => expect(typeof (d as { sharingCapability: unknown }).sharingCapability).toBe('string') }],
  ['domains (list example)', { section: 'domains', path: '/v1.0/domains', body: () => example('v1.0_domains.json'), check: (d) => expect((d as unknown[]).length).toBeGreaterThan(0) }],
  ['domains (single-domain example in a list)', { section: 'domains', path: '/v1.0/domains', body: () => asList('v1.0_domains_id.json'), check: (d) => expect(d).toMatchObject([{ isVerified: true }]) }],
  ['licences (subscribedSkus)', { section: 'licences', path: '/v1.0/subscribedSkus', body: () => example('v1.0_subscribedSkus.json'), check: (d) => expect(d).toMatchObject({ servicePlans: ['ADALLOM_S_O365'], entraP1: false }) }],
  ['servicePrincipals', { section: 'servicePrincipals', path: '/v1.0/servicePrincipals', body: () => example('v1.0_servicePrincipals.json'), check: (d) => expect((d as unknown[]).length).toBeGreaterThan(0) }],
  ['oauth2PermissionGrants', { section: 'oauth2PermissionGrants', path: '/v1.0/oauth2PermissionGrants', body: () => example('v1.0_oauth2PermissionGrants.json'), check: (d) => expect((d as { scopes: string[] }[])[0]!.scopes.length).toBeGreaterThan(0) }],
  ['sensitivityLabels (beta)', { section: 'sensitivityLabels', path: '/beta/security/informationProtection/sensitivityLabels', body: () => example('beta_security_informationProtection_sensitivityLabels.json'), check: (d) => expect((d as { applicableTo: string[] }[]).some((l) => l.applicableTo.length > 0)).toBe(true) }],
  ['organization', { section: 'organization', path: '/v1.0/organization', body: () => example('v1.0_organization.json'), check: (d) => expect(d).toMatchObject({ id: '84841066-274d-4ec0-a5c1-276be684bdd3', displayName: 'Contoso' }) }],
  ['securityDefaults', { section: 'securityDefaults', path: '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', body: () => example('v1.0_policies_identitySecurityDefaultsEnforcementPolicy.json'), check: (d) => expect(typeof (d as { isEnabled: unknown }).isEnabled).toBe('boolean') }],
];

/** Users and groups a CA body names by id: the collector looks each up to name it. */
function caPrincipalIds(body: Record<string, unknown>): string[] {
  const ids = new Set<string>();
  for (const policy of (body.value as { conditions?: { users?: Record<string, unknown> } }[]) ?? []) {
    const users = policy.conditions?.users ?? {};
    for (const key of ['includeUsers', 'excludeUsers', 'includeGroups', 'excludeGroups']) {
      for (const id of (users[key] as string[] | null | undefined) ?? []) if (!KEYWORDS.has(id)) ids.add(id);
    }
  }
  return [...ids];
}

describe.skipIf(EXAMPLES_MISSING)('collectors accept the documented Graph answers (../shared/api-examples/m365)', () => {
  it.each(cases)('%s', async (_name, c) => {
    const body = c.body();
    const [version, ...rest] = c.path.slice(1).split('/');
    nock(BASE, AUTH).get(c.path).query(true).reply(200, body as nock.Body);
    if (c.section === 'conditionalAccessPolicies') {
      // Name lookups are answered "not found" (the collector keeps the id); they go out together.
      const ids = caPrincipalIds(body);
      if (ids.length > 1) batchRelay();
      for (const id of ids) nock(BASE, AUTH).get(`/v1.0/directoryObjects/${id}`).reply(404, { error: { code: 'Request_ResourceNotFound', message: `Resource '${id}' does not exist.` } });
    }
    expect(['v1.0', 'beta']).toContain(version);
    expect(rest.length).toBeGreaterThan(0);
    const graph = new GraphReader({ graphBase: BASE, token: async () => TOKEN, transport: testTransport(2) });
    const collector = m365Collectors[c.section];
    const data = await collector.collect({ graph, services: NO_SERVICES, settings: DEFAULT_TENANT_SETTINGS, licences: { skus: [], servicePlans: [], entraP1: true, entraP2: true } });
    c.check(data);
  });
});
