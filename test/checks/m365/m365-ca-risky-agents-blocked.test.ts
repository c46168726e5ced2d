import check from '../../../checks/m365/m365-ca-risky-agents-blocked.js';
import type { AgentCaPolicy, M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const agentPolicy = (t: M365Shapes): AgentCaPolicy => t.agentConditionalAccessPolicies[0]!;

// Cases follow ScubaGear's Rego tests for MS.AAD.9.1v1 (AADConfig_09_test.rego): All resources, all
// client app types, agent risk high, block, all agent identities.
checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when an enabled policy blocks all agent identities at high risk on all resources', expect: 'pass', evidence: ['Block high-risk agents'], summary: /Graph beta/ },
  {
    name: 'fails with no policy for agents at all',
    patch: (t) => {
      t.agentConditionalAccessPolicies = [];
    },
    expect: 'fail',
    summary: /No Conditional Access policy targets agent identities/,
  },
  {
    name: 'fails when the policy acts on medium agent risk only (ScubaGear test_MissingHighRisk_Incorrect)',
    patch: (t) => {
      agentPolicy(t).agentIdRiskLevels = ['medium'];
    },
    expect: 'fail',
    evidence: ['Block high-risk agents'],
  },
  {
    name: 'passes when the risk levels include high among others (the flag enum "medium,high")',
    patch: (t) => {
      agentPolicy(t).agentIdRiskLevels = ['medium', 'high'];
    },
    expect: 'pass',
  },
  {
    name: 'fails when the policy is report-only',
    patch: (t) => {
      agentPolicy(t).state = 'enabledForReportingButNotEnforced';
    },
    expect: 'fail',
  },
  {
    name: 'fails when it grants instead of blocking',
    patch: (t) => {
      agentPolicy(t).builtInControls = ['mfa'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when it targets chosen agents rather than all',
    patch: (t) => {
      agentPolicy(t).includeAgentIdServicePrincipals = ['6f1c2a3b-0000-4000-8000-000000000001'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when it excludes an agent identity or narrows by a filter',
    patch: (t) => {
      agentPolicy(t).agentIdServicePrincipalFilter = { mode: 'exclude', rule: 'CustomSecurityAttribute.Agents.Tier -eq "trusted"' };
    },
    expect: 'fail',
  },
  {
    name: 'fails when it does not cover all resources',
    patch: (t) => {
      agentPolicy(t).includeApplications = ['00000003-0000-0000-c000-000000000000'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when it applies to some client app types only',
    patch: (t) => {
      agentPolicy(t).clientAppTypes = ['browser'];
    },
    expect: 'fail',
  },
  {
    name: 'is not applicable without Entra ID P2',
    patch: (t) => {
      t.licences.entraP2 = false;
    },
    expect: 'not_applicable',
  },
  {
    name: 'is not assessed when the beta policy list cannot be read',
    unreadable: { agentConditionalAccessPolicies: { permission: 'Policy.Read.All' } },
    expect: 'not_assessed',
  },
]);
