import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import thirdPartyAppPermissions from '../../../checks/m365/m365-app-third-party-high-risk-app-permissions.js';
import { m365Collectors } from '../../../src/connectors/m365/collectors/index.js';
import { m365TenantFields } from '../../../src/connectors/m365/config.js';
import { createM365Connector } from '../../../src/connectors/m365/connector.js';
import type { M365SectionName } from '../../../src/snapshot/m365.js';
import type { Check } from '../../../src/core/define-check.js';
import { evaluateCheck } from '../../../src/core/evaluate.js';
import type { Snapshot } from '../../../src/core/model.js';
import { DEFAULT_TENANT_SETTINGS, type TenantSettings } from '../../../src/core/tenant-settings.js';
import { API_EXAMPLES, BASE, EXAMPLES_MISSING, REPO_ROOT, fakeRuntime, mountFixtureRoutes, readJson, silentLog, useStrictNock } from './graph-nock.js';

useStrictNock();

const DEMO = join(REPO_ROOT, 'fixtures', 'demo');
const ALL_SECTIONS = Object.keys(m365Collectors) as M365SectionName[];

/** The sections each demo tenant fails on purpose, and how. */
const DELIBERATE_FAILURES: Record<string, Partial<Record<M365SectionName, { code: string; featureUnlicensed?: boolean; permission?: string }>>> = {
  'm365-contoso': {
    sensitivityLabels: { code: 'permission', permission: 'InformationProtectionPolicy.Read.All' },
    // Not opted in to the write-capable SharePoint admin permission.
    spoTenant: { code: 'not_collected' },
    // No Audit (Premium) service plan: the retention policies are never requested (MS.SECURITYSUITE.5.2 fails on the licence).
    purviewAuditRetentionPolicies: { code: 'licence', featureUnlicensed: true },
  },
  'm365-fabrikam': {
    conditionalAccessPolicies: { code: 'licence', featureUnlicensed: true },
    namedLocations: { code: 'licence', featureUnlicensed: true },
    agentConditionalAccessPolicies: { code: 'licence', featureUnlicensed: true },
    userRegistrationDetails: { code: 'licence', featureUnlicensed: false },
    // No Entra ID P2: PIM is not there, and its endpoints are never requested.
    roleAssignmentSchedules: { code: 'licence', featureUnlicensed: true },
    roleManagementPolicies: { code: 'licence', featureUnlicensed: true },
    pimGroups: { code: 'licence', featureUnlicensed: true },
    // The app holds Exchange.ManageAsApp but no Entra role the compliance API accepts.
    purviewDlpPolicies: { code: 'permission' },
    purviewDlpRules: { code: 'permission' },
    purviewLabelPolicies: { code: 'permission' },
    purviewProtectionAlerts: { code: 'permission' },
    purviewAuditRetentionPolicies: { code: 'licence', featureUnlicensed: true },
  },
};

async function collectDemo(name: string) {
  const folder = join(DEMO, name);
  const yaml = parseYaml(readFileSync(join(folder, 'tenant.yaml'), 'utf8').replaceAll('{{baseUrl}}', BASE)) as { settings?: { breakGlassAccounts?: string[] } } & Record<string, unknown>;
  const tenant = { name, ...m365TenantFields.parse(yaml) };
  const mounted = mountFixtureRoutes(folder, BASE);
  const { runtime, sleeps } = fakeRuntime({ DEMO_TOKEN: 'demo-token' });
  const settings = { ...DEFAULT_TENANT_SETTINGS, breakGlassAccounts: yaml.settings?.breakGlassAccounts ?? [] };
  const out = await createM365Connector(tenant, runtime).collect({ sections: ALL_SECTIONS, settings, log: silentLog });
  return { out, mounted, sleeps, folder };
}

describe.each(Object.keys(DELIBERATE_FAILURES))('demo tenant %s through the real collectors', (name) => {
  it('every section is ok except the deliberately failing ones', async () => {
    const { out } = await collectDemo(name);
    const failing = DELIBERATE_FAILURES[name]!;
    expect(Object.keys(out.sections).sort()).toEqual([...ALL_SECTIONS].sort());
    for (const section of ALL_SECTIONS) {
      const result = out.sections[section];
      const expected = failing[section];
      if (expected) {
        expect(result, section).toMatchObject({ status: 'error', error: expected });
      } else {
        expect(result?.status === 'error' ? `${section}: ${result.error.code} ${result.error.message}` : result?.status, section).toBe('ok');
      }
    }
  });

  it('reads every recorded body (no route unused), with only tolerated gaps, and sends the token everywhere', async () => {
    const { mounted, folder } = await collectDemo(name);
    const unused = mounted.routes.filter((_, i) => mounted.hits[i] === 0).map((r) => `${r.method} ${r.path} ${JSON.stringify(r.query ?? {})}`);
    expect(unused).toEqual([]);
    // A route-less request answers 404; only lookups the collector tolerates as 404 may go unrecorded.
    expect(mounted.unrouted.filter((u) => !u.startsWith('GET /v1.0/directoryObjects/'))).toEqual([]);
    expect([...mounted.authorizations]).toEqual(['Bearer demo-token']);
    // Every JSON file beside routes.json is served by some route (no dead, never-validated fixture).
    const served = new Set(mounted.routes.map((r) => r.body));
    const files = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'routes.json');
    expect(files.filter((f) => !served.has(f))).toEqual([]);
    // The reads share $batch requests of at most 20.
    expect(mounted.batchSizes.length).toBeGreaterThan(0);
    expect(Math.max(...mounted.batchSizes)).toBeLessThanOrEqual(20);
  });
});

describe('demo tenant m365-contoso specifics', () => {
  it('replays the recorded 429 once (Retry-After: 0, so the first backoff step) and pages userRegistrationDetails across two pages', async () => {
    const { out, sleeps, mounted } = await collectDemo('m365-contoso');
    expect(sleeps).toEqual([1000]);
    expect(out.sections.authorizationPolicy?.status).toBe('ok');
    const page1 = readJson(join(DEMO, 'm365-contoso', 'userRegistrationDetails-page1.json')) as { value: unknown[] };
    const page2 = readJson(join(DEMO, 'm365-contoso', 'userRegistrationDetails-page2.json')) as { value: unknown[] };
    expect(out.sections.userRegistrationDetails?.status === 'ok' && out.sections.userRegistrationDetails.data.length).toBe(page1.value.length + page2.value.length);
    const throttledRoute = mounted.routes.findIndex((r) => r.status === 429);
    expect(mounted.hits[throttledRoute]).toBe(1);
  });
});

describe('demo tenant m365-contoso: Conditional Access as the policy list documents it', () => {
  it('keeps the embedded authentication strength with its allowed combinations', async () => {
    const { out } = await collectDemo('m365-contoso');
    const policies = out.sections.conditionalAccessPolicies?.status === 'ok' ? out.sections.conditionalAccessPolicies.data : [];
    const strength = policies.find((p) => p.grantControls?.authenticationStrength)?.grantControls?.authenticationStrength;
    expect(strength).toMatchObject({ id: '00000000-0000-0000-0000-000000000004', policyType: 'builtIn', requirementsSatisfied: 'mfa', allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'] });
  });

  it('reads both restriction sets of the default app management policy', async () => {
    const { out } = await collectDemo('m365-contoso');
    const policy = out.sections.appManagementPolicy?.status === 'ok' ? out.sections.appManagementPolicy.data : null;
    expect(policy?.passwordCredentials.map((r) => r.restrictionType)).toEqual(['passwordAddition', 'passwordLifetime']);
    expect(policy?.servicePrincipalRestrictions).toEqual({ passwordCredentials: [], keyCredentials: [] });
  });

  it('keeps the Microsoft Authenticator OTP setting (isSoftwareOathEnabled)', async () => {
    const { out } = await collectDemo('m365-contoso');
    const methods = out.sections.authenticationMethodsPolicy?.status === 'ok' ? out.sections.authenticationMethodsPolicy.data.methods : [];
    expect(methods.find((m) => m.id === 'MicrosoftAuthenticator')).toMatchObject({ isSoftwareOathEnabled: false });
    expect(methods.find((m) => m.id === 'Sms')).not.toHaveProperty('isSoftwareOathEnabled');
  });
});

describe('demo tenants: application permissions beyond Microsoft Graph', () => {
  const judge = async (name: string, check: Check, profile: TenantSettings['profile'] = 'strict') => {
    const { out } = await collectDemo(name);
    const snapshot: Snapshot = { schemaVersion: 1, provider: 'm365', tenant: out.tenant, collectedAt: '2026-11-01T00:00:00Z', tool: { name: 'tenant-audit', version: 'test' }, sections: out.sections as Snapshot['sections'] };
    return { out, result: evaluateCheck(check, snapshot, { now: new Date('2026-11-01T00:00:00Z'), settings: { ...DEFAULT_TENANT_SETTINGS, profile } }) };
  };

  it('contoso: a third-party app holding Exchange Online full_access_as_app fails, named with its API; its own SharePoint automation does not', async () => {
    const { out, result } = await judge('m365-contoso', thirdPartyAppPermissions);
    const rows = out.sections.graphAppRoleAssignments?.status === 'ok' ? out.sections.graphAppRoleAssignments.data : [];
    expect(new Set(rows.map((r) => r.resourceDisplayName))).toEqual(new Set(['Microsoft Graph', 'Office 365 Exchange Online', 'Office 365 SharePoint Online']));
    expect(result.status).toBe('fail');
    const archive = result.evidence.find((e) => e.name === 'Northwind Mail Archive');
    expect(archive?.detail).toMatch(/^full_access_as_app on Exchange Online \(unverified publisher/);
    // The existing Graph gap stays.
    expect(result.evidence.map((e) => e.name)).toContain('Fabrikam Mail Sync');
    expect(result.evidence.map((e) => e.name)).not.toContain('Contoso provisioning automation');
  });

  it('fabrikam: the new reads are there and nothing in them is risky', async () => {
    const { out, result } = await judge('m365-fabrikam', thirdPartyAppPermissions);
    const rows = out.sections.graphAppRoleAssignments?.status === 'ok' ? out.sections.graphAppRoleAssignments.data : [];
    expect(rows.some((r) => r.permission === 'Sites.Selected' && r.resourceAppId === '00000003-0000-0ff1-ce00-000000000000')).toBe(true);
    expect(result.status).toBe('pass');
    expect(out.sections.permissionClassifications).toEqual({ status: 'ok', data: [{ id: '7Hk2-9Qw3Er5Ty7Ui9OpAsD', permissionId: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', permissionName: 'User.Read', classification: 'low' }] });
  });
});

/** Every key path a JSON value uses, arrays collapsed to "[]" (so list items merge). */
function keyPaths(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.add(path);
      keyPaths(child, path, out);
    }
  }
  return out;
}

/** Keys Graph adds to every answer whatever the example shows, and the paging cursor. */
const ENVELOPE = new Set(['@odata.context', '@odata.nextLink']);

function invented(fixture: unknown, documented: unknown[]): string[] {
  const known = new Set<string>();
  for (const doc of documented) for (const path of keyPaths(doc)) known.add(path);
  return [...keyPaths(fixture)].filter((path) => !known.has(path) && !ENVELOPE.has(path)).sort();
}

const example = (file: string) => readJson(join(API_EXAMPLES, file));

/**
 * Fields the example bodies in ../shared/api-examples leave out (Graph marks them "shortened") but the
 * v1.0 resource pages of microsoftgraph/microsoft-graph-docs-contrib document. Each is named with its
 * page, so nothing here is a field we made up; anything else a fixture uses fails the test.
 */
const DOCUMENTED_ON_RESOURCE_PAGES: Record<string, string> = {
  guestUserRoleId: 'resources/authorizationpolicy.md',
  'defaultUserRolePermissions.allowedToCreateTenants': 'resources/defaultuserrolepermissions.md',
  'defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice': 'resources/defaultuserrolepermissions.md',
  automaticUserConsentSettings: 'resources/crosstenantaccesspolicyconfigurationdefault.md',
  'automaticUserConsentSettings.inboundAllowed': 'resources/inboundoutboundpolicyconfiguration.md',
  'automaticUserConsentSettings.outboundAllowed': 'resources/inboundoutboundpolicyconfiguration.md',
  invitationRedemptionIdentityProviderConfiguration: 'resources/crosstenantaccesspolicyconfigurationdefault.md',
  'invitationRedemptionIdentityProviderConfiguration.fallbackIdentityProvider': 'resources/defaultinvitationredemptionidentityproviderconfiguration.md',
  'invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder': 'resources/defaultinvitationredemptionidentityproviderconfiguration.md',
  'value[].conditions.applications.includeAuthenticationContextClassReferences': 'resources/conditionalaccessapplications.md',
  'value[].conditions.authenticationFlows': 'resources/conditionalaccessconditionset.md',
  'value[].conditions.authenticationFlows.transferMethods': 'resources/conditionalaccessauthenticationflows.md',
  'value[].conditions.clientApplications': 'resources/conditionalaccessconditionset.md',
  'value[].conditions.devices': 'resources/conditionalaccessconditionset.md',
  'value[].conditions.userRiskLevels': 'resources/conditionalaccessconditionset.md',
  'value[].conditions.users.includeGuestsOrExternalUsers': 'resources/conditionalaccessusers.md',
  'value[].conditions.users.excludeGuestsOrExternalUsers': 'resources/conditionalaccessusers.md',
  'value[].grantControls.authenticationStrength': 'resources/conditionalaccessgrantcontrols.md',
  'value[].grantControls.authenticationStrength.allowedCombinations': 'resources/authenticationstrengthpolicy.md',
  'value[].grantControls.authenticationStrength.description': 'resources/authenticationstrengthpolicy.md',
  'value[].grantControls.authenticationStrength.displayName': 'resources/authenticationstrengthpolicy.md',
  'value[].grantControls.authenticationStrength.id': 'resources/authenticationstrengthpolicy.md',
  'value[].grantControls.authenticationStrength.policyType': 'resources/authenticationstrengthpolicy.md',
  'value[].grantControls.authenticationStrength.requirementsSatisfied': 'resources/authenticationstrengthpolicy.md',
  'value[].countryLookupMethod': 'resources/countrynamedlocation.md',
  'value[].principal.appId': 'resources/serviceprincipal.md (an expanded principal may be a service principal)',
};

describe.skipIf(EXAMPLES_MISSING)('demo fixtures use only documented fields', () => {
  const cases: [string, string, () => unknown[]][] = [
    ['m365-contoso', 'authorizationPolicy.json', () => [example('v1.0_policies_authorizationPolicy.json')]],
    ['m365-fabrikam', 'authorizationPolicy.json', () => [example('v1.0_policies_authorizationPolicy.json')]],
    ['m365-contoso', 'userRegistrationDetails-page1.json', () => [example('v1.0_reports_authenticationMethods_userRegistrationDetails.json')]],
    ['m365-contoso', 'userRegistrationDetails-page2.json', () => [example('v1.0_reports_authenticationMethods_userRegistrationDetails.json')]],
    // The list example is an older revision; the single-policy example shows the newer condition and control fields.
    ['m365-contoso', 'conditionalAccessPolicies.json', () => [example('v1.0_identity_conditionalAccess_policies.json'), { value: [example('v1.0_identity_conditionalAccess_policies_id.json')] }]],
    ['m365-contoso', 'adminConsentRequestPolicy.json', () => [example('v1.0_policies_adminConsentRequestPolicy.json')]],
    ['m365-contoso', 'securityDefaults.json', () => [example('v1.0_policies_identitySecurityDefaultsEnforcementPolicy.json')]],
    ['m365-contoso', 'crossTenantAccessDefault.json', () => [example('v1.0_policies_crossTenantAccessPolicy_default.json')]],
    ['m365-contoso', 'oauth2PermissionGrants.json', () => [example('v1.0_oauth2PermissionGrants.json')]],
    ['m365-contoso', 'subscribedSkus.json', () => [example('v1.0_subscribedSkus.json')]],
    ['m365-fabrikam', 'subscribedSkus.json', () => [example('v1.0_subscribedSkus.json')]],
    ['m365-contoso', 'organization.json', () => [example('v1.0_organization.json')]],
    ['m365-contoso', 'domains.json', () => [example('v1.0_domains.json'), { value: [example('v1.0_domains_id.json')] }]],
    ['m365-contoso', 'namedLocations.json', () => [example('v1.0_identity_conditionalAccess_namedLocations.json')]],
    ['m365-contoso', 'roleAssignments.json', () => [example('v1.0_roleManagement_directory_roleAssignments_expand_principal.json')]],
    // The reference page wraps the settings in "value"; the service (and our fixtures) return them bare.
    ['m365-contoso', 'sharepointSettings.json', () => [(example('v1.0_admin_sharepoint_settings.json') as { value: unknown }).value]],
    ['m365-fabrikam', 'sharepointSettings.json', () => [(example('v1.0_admin_sharepoint_settings.json') as { value: unknown }).value]],
  ];

  it.each(cases)('%s/%s', (tenant, file, documented) => {
    const fixture = readJson(join(DEMO, tenant, file));
    expect(invented(fixture, documented()).filter((path) => !(path in DOCUMENTED_ON_RESOURCE_PAGES))).toEqual([]);
  });

  it('the recorded error bodies have the documented Graph error shape', () => {
    const documentedError = (example('v1.0_batch.json') as { responses: { body: unknown }[] }).responses[2]!.body;
    for (const file of ['error-403-labels.json', 'error-429.json']) {
      expect(invented(readJson(join(DEMO, 'm365-contoso', file)), [documentedError, example('v1.0_error_429_throttled.json')]), file).toEqual([]);
    }
  });

  it('the $batch answers the tests and the demo give use only documented sub-response keys', () => {
    const documented = keyPaths(example('v1.0_batch.json'));
    for (const key of ['responses', 'responses[].id', 'responses[].status', 'responses[].headers', 'responses[].body']) expect(documented.has(key), key).toBe(true);
    // The sub-response shape GraphReader reads must not need anything Graph does not send.
    const ours = { responses: [{ id: '1', status: 200, headers: { 'Content-Type': 'application/json' }, body: {} }] };
    expect([...keyPaths(ours)].filter((k) => !documented.has(k) && !k.startsWith('responses[].headers.') && !k.startsWith('responses[].body.'))).toEqual([]);
  });

  it('catches an invented field (the comparison itself works)', () => {
    const fixture = { allowInvitesFrom: 'everyone', defaultUserRolePermissions: { allowedToCreateApps: false, allowedToInventThings: true } };
    expect(invented(fixture, [example('v1.0_policies_authorizationPolicy.json')])).toEqual(['defaultUserRolePermissions.allowedToInventThings']);
  });
});
