import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { m365Collectors } from '../../../src/connectors/m365/collectors/index.js';
import { GraphReader } from '../../../src/connectors/m365/graph-reader.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, NO_SERVICES, TOKEN, testTransport, useStrictNock } from './graph-nock.js';

useStrictNock();
const LICENCES = { skus: [], servicePlans: [], entraP1: true, entraP2: true };

/**
 * An agent policy as GET /beta/identity/conditionalAccess/policies returns it: agentIdRiskLevels on
 * conditionalAccessConditionSet (beta) is a multivalued flag enum, a comma-separated string; the agent
 * targets sit on conditionalAccessClientApplications (beta: includeAgentIdServicePrincipals,
 * excludeAgentIdServicePrincipals, agentIdServicePrincipalFilter). A user policy has none of them.
 */
const AGENT_POLICY = {
  id: 'a1',
  displayName: 'Block risky agents',
  state: 'enabled',
  conditions: {
    clientAppTypes: ['all'],
    agentIdRiskLevels: 'medium,high',
    applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [] },
    users: { includeUsers: ['None'], excludeUsers: [] },
    clientApplications: { includeServicePrincipals: [], excludeServicePrincipals: [], includeAgentIdServicePrincipals: ['All'], excludeAgentIdServicePrincipals: ['ag-1'], agentIdServicePrincipalFilter: { mode: 'exclude', rule: 'CustomSecurityAttribute.Agents.Tier -eq "lab"' } },
  },
  grantControls: { operator: 'OR', builtInControls: ['block'] },
};
const USER_POLICY = { id: 'u1', displayName: 'MFA', state: 'enabled', conditions: { clientAppTypes: ['all'], agentIdRiskLevels: null, applications: { includeApplications: ['All'] }, users: { includeUsers: ['All'] }, clientApplications: null }, grantControls: { operator: 'OR', builtInControls: ['mfa'] } };

describe('agentConditionalAccessPolicies collector (Graph beta)', () => {
  it('reads the beta list and splits the agent risk flag enum', async () => {
    nock(BASE, { reqheaders: { authorization: `Bearer ${TOKEN}` } }).get('/beta/identity/conditionalAccess/policies').reply(200, { value: [AGENT_POLICY, USER_POLICY] });
    const graph = new GraphReader({ graphBase: BASE, token: async () => TOKEN, transport: testTransport(2) });
    const policies = await m365Collectors.agentConditionalAccessPolicies.collect({ graph, services: NO_SERVICES, settings: DEFAULT_TENANT_SETTINGS, licences: LICENCES });
    expect(policies).toEqual([
      { id: 'a1', displayName: 'Block risky agents', state: 'enabled', includeApplications: ['All'], excludeApplications: [], agentIdRiskLevels: ['medium', 'high'], includeAgentIdServicePrincipals: ['All'], excludeAgentIdServicePrincipals: ['ag-1'], agentIdServicePrincipalFilter: { mode: 'exclude', rule: 'CustomSecurityAttribute.Agents.Tier -eq "lab"' }, clientAppTypes: ['all'], builtInControls: ['block'] },
      { id: 'u1', displayName: 'MFA', state: 'enabled', includeApplications: ['All'], excludeApplications: [], agentIdRiskLevels: [], includeAgentIdServicePrincipals: [], excludeAgentIdServicePrincipals: [], agentIdServicePrincipalFilter: null, clientAppTypes: ['all'], builtInControls: ['mfa'] },
    ]);
  });

  it('a policy without conditions is a shape error naming the beta endpoint', async () => {
    nock(BASE).get('/beta/identity/conditionalAccess/policies').reply(200, { value: [{ id: 'x', state: 'enabled' }] });
    const graph = new GraphReader({ graphBase: BASE, token: async () => TOKEN, transport: testTransport(2) });
    await expect(m365Collectors.agentConditionalAccessPolicies.collect({ graph, services: NO_SERVICES, settings: DEFAULT_TENANT_SETTINGS, licences: LICENCES })).rejects.toThrow(/beta\/identity\/conditionalAccess\/policies/);
  });
});
