import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { m365Collectors } from '../../../src/connectors/m365/collectors/index.js';
import { GraphReader } from '../../../src/connectors/m365/graph-reader.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, NO_SERVICES, TOKEN, testTransport, useStrictNock } from './graph-nock.js';

useStrictNock();
const AUTH = { reqheaders: { authorization: `Bearer ${TOKEN}` } };

/**
 * One policy as GET /v1.0/identity/conditionalAccess/policies returns it, with every narrowing condition set
 * (https://learn.microsoft.com/graph/api/resources/conditionalaccessconditionset, conditionalaccessdevices,
 * conditionalaccessfilter, conditionalaccessauthenticationflows) and the strength embedded in the grant
 * (https://learn.microsoft.com/graph/api/resources/authenticationstrengthpolicy). Flags enums
 * (insiderRiskLevels, transferMethods, guestOrExternalUserTypes) are comma-separated strings.
 */
const POLICY = {
  id: '5f8a2c1e-0000-4000-8000-0000000000c1',
  templateId: null,
  displayName: 'MFA for device code sign-ins',
  createdDateTime: '2026-02-01T10:00:00Z',
  modifiedDateTime: null,
  state: 'enabled',
  conditions: {
    userRiskLevels: [],
    signInRiskLevels: [],
    clientAppTypes: ['all'],
    servicePrincipalRiskLevels: [],
    insiderRiskLevels: 'moderate,elevated',
    platforms: null,
    locations: null,
    clientApplications: null,
    applications: {
      includeApplications: ['All'],
      excludeApplications: [],
      includeUserActions: [],
      includeAuthenticationContextClassReferences: [],
      applicationFilter: null,
    },
    users: {
      includeUsers: ['All'],
      excludeUsers: [],
      includeGroups: [],
      excludeGroups: [],
      includeRoles: [],
      excludeRoles: [],
      includeGuestsOrExternalUsers: null,
      excludeGuestsOrExternalUsers: {
        guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest',
        externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
      },
    },
    devices: { deviceFilter: { mode: 'exclude', rule: 'device.trustType -eq "ServerAD"' } },
    authenticationFlows: { transferMethods: 'deviceCodeFlow' },
  },
  grantControls: {
    operator: 'OR',
    builtInControls: [],
    customAuthenticationFactors: [],
    termsOfUse: [],
    'authenticationStrength@odata.context': "https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies('5f8a2c1e-0000-4000-8000-0000000000c1')/grantControls/authenticationStrength/$entity",
    authenticationStrength: {
      id: 'c0ffee00-0000-4000-8000-0000000000a1',
      createdDateTime: '2026-01-10T09:00:00Z',
      modifiedDateTime: '2026-01-10T09:00:00Z',
      displayName: 'Keys and Hello',
      description: 'Custom: FIDO2 and Windows Hello for Business',
      policyType: 'custom',
      requirementsSatisfied: 'mfa',
      allowedCombinations: ['fido2', 'windowsHelloForBusiness'],
      combinationConfigurations: [],
    },
  },
  sessionControls: null,
};

describe('conditionalAccessPolicies collector keeps every condition', () => {
  it('passes through device filters, insider risk, authentication flows, guest exclusions and the strength combinations', async () => {
    nock(BASE, AUTH).get('/v1.0/identity/conditionalAccess/policies').query(true).reply(200, { value: [POLICY] });
    const graph = new GraphReader({ graphBase: BASE, token: async () => TOKEN, transport: testTransport(2) });
    const [policy] = await m365Collectors.conditionalAccessPolicies.collect({ graph, services: NO_SERVICES, settings: DEFAULT_TENANT_SETTINGS, licences: { skus: [], servicePlans: [], entraP1: true, entraP2: true } });
    expect(policy!.conditions).toMatchObject({
      insiderRiskLevels: 'moderate,elevated',
      servicePrincipalRiskLevels: [],
      clientApplications: null,
      authenticationFlows: { transferMethods: 'deviceCodeFlow' },
      devices: { deviceFilter: { mode: 'exclude', rule: 'device.trustType -eq "ServerAD"' } },
      applications: { includeAuthenticationContextClassReferences: [], applicationFilter: null },
      users: { excludeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest' } },
    });
    expect(policy!.grantControls!.authenticationStrength).toEqual({
      id: 'c0ffee00-0000-4000-8000-0000000000a1',
      displayName: 'Keys and Hello',
      policyType: 'custom',
      requirementsSatisfied: 'mfa',
      allowedCombinations: ['fido2', 'windowsHelloForBusiness'],
    });
  });
});
