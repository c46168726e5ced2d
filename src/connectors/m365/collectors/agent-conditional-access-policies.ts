import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';
import type { AgentCaPolicy } from '../../../snapshot/m365.js';

const list = z.array(z.string()).nullish().transform((v) => v ?? []);

/**
 * The beta conditionalAccessPolicy fields agent policies use (conditionalAccessConditionSet.agentIdRiskLevels,
 * conditionalAccessClientApplications.includeAgentIdServicePrincipals / excludeAgentIdServicePrincipals /
 * agentIdServicePrincipalFilter); everything else about the policy is read from v1.0 by conditionalAccessPolicies.
 */
const policy = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  state: z.string(),
  conditions: z.object({
    applications: z.object({ includeApplications: list, excludeApplications: list }).nullish(),
    // A flag enum: one string of comma-separated values ("medium,high"); null when the condition is not set.
    agentIdRiskLevels: z.union([z.string(), z.array(z.string())]).nullish(),
    clientApplications: z
      .object({
        includeAgentIdServicePrincipals: list,
        excludeAgentIdServicePrincipals: list,
        agentIdServicePrincipalFilter: z.object({ mode: z.string(), rule: z.string() }).nullish(),
      })
      .nullish(),
    clientAppTypes: list,
  }),
  grantControls: z.object({ builtInControls: list }).nullish(),
});

function flags(value: string | string[] | null | undefined): string[] {
  const parts = Array.isArray(value) ? value : (value ?? '').split(',');
  return parts.map((part) => part.trim()).filter(Boolean);
}

function toPolicy(p: z.infer<typeof policy>): AgentCaPolicy {
  const c = p.conditions;
  return {
    id: p.id,
    displayName: p.displayName ?? p.id,
    state: p.state,
    includeApplications: c.applications?.includeApplications ?? [],
    excludeApplications: c.applications?.excludeApplications ?? [],
    agentIdRiskLevels: flags(c.agentIdRiskLevels),
    includeAgentIdServicePrincipals: c.clientApplications?.includeAgentIdServicePrincipals ?? [],
    excludeAgentIdServicePrincipals: c.clientApplications?.excludeAgentIdServicePrincipals ?? [],
    agentIdServicePrincipalFilter: c.clientApplications?.agentIdServicePrincipalFilter ?? null,
    clientAppTypes: c.clientAppTypes,
    builtInControls: p.grantControls?.builtInControls ?? [],
  };
}

/**
 * Conditional Access as it applies to agent identities. Only the beta API has these fields (Graph
 * changelog, November 2025 beta: agentIdRiskLevels, include/excludeAgentIdServicePrincipals), so this is
 * the one section that judges from beta; if Microsoft reshapes them, the read fails as a shape error
 * rather than passing.
 */
export default defineCollector({
  section: 'agentConditionalAccessPolicies',
  spec: {
    endpoints: ['GET /beta/identity/conditionalAccess/policies'],
    permissions: ['Policy.Read.All'],
    licence: 'Microsoft Entra ID P1',
  },
  licensed: (l) => l.entraP1,
  async collect({ graph }) {
    const path = '/identity/conditionalAccess/policies';
    return parseAnswer(z.array(policy), await graph.list(path, 'beta'), `beta${path}`).map(toPolicy);
  },
});
