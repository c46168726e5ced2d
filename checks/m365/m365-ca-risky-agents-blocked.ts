import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import type { AgentCaPolicy } from '../../src/snapshot/m365.js';

const has = (values: readonly string[], wanted: string) => values.some((v) => v.toLowerCase() === wanted.toLowerCase());

/** Why an enabled policy does not count, or null when it blocks high-risk agents everywhere. */
function shortfall(p: AgentCaPolicy): string | null {
  if (!has(p.builtInControls, 'block')) return 'does not block access';
  if (!has(p.agentIdRiskLevels, 'high')) return p.agentIdRiskLevels.length ? `agent risk ${p.agentIdRiskLevels.join(', ')} only, not high` : 'has no agent risk condition';
  if (!has(p.includeAgentIdServicePrincipals, 'All')) return 'targets chosen agent identities, not all of them';
  if (p.excludeAgentIdServicePrincipals.length) return `excludes ${p.excludeAgentIdServicePrincipals.length} agent identit${p.excludeAgentIdServicePrincipals.length === 1 ? 'y' : 'ies'}`;
  if (p.agentIdServicePrincipalFilter) return `narrows the agents by a filter (${p.agentIdServicePrincipalFilter.mode})`;
  if (!has(p.includeApplications, 'All') || p.excludeApplications.length) return 'does not cover all resources';
  // An empty list means every client app type; anything else narrows the policy.
  if (p.clientAppTypes.length && !has(p.clientAppTypes, 'all')) return `applies to client app types ${p.clientAppTypes.join(', ')} only`;
  return null;
}

export default defineCheck({
  id: 'm365-ca-risky-agents-blocked',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'high',
  title: 'Conditional Access blocks AI agent identities at high risk (Graph beta)',
  owner: 'Conditional Access Administrator',
  rationale:
    'AI agents act on their own with the permissions they were given. When Entra ID Protection rates an agent identity high-risk (for example after it was seen behaving like a compromised one), a Conditional Access policy can stop it signing in until someone reviews it. The agent conditions exist only in the Microsoft Graph beta API (preview), so this verdict rests on beta fields that Microsoft may still change.',
  remediation:
    'Entra admin center > Conditional Access > New policy: Assignments > Users, agents or workload identities > Agents > Include > All agent identities; Target resources > All resources; Conditions > Agent risk > High; Grant > Block access; set the policy On.',
  references: {
    scuba: ['MS.AAD.9.1v1'],
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-agent-block-high-risk', 'https://learn.microsoft.com/graph/api/resources/conditionalaccessclientapplications?view=graph-rest-beta'],
  },
  reads: ['agentConditionalAccessPolicies', 'licences'],
  evaluate({ agentConditionalAccessPolicies, licences }) {
    if (!licences.entraP2) {
      return { status: 'not_applicable', summary: 'Agent risk in Conditional Access needs Microsoft Entra ID P2, which the tenant does not have.' };
    }
    const blocking: Evidence[] = [];
    const near: Evidence[] = [];
    for (const p of agentConditionalAccessPolicies) {
      const targetsAgents = p.includeAgentIdServicePrincipals.length > 0 || p.agentIdRiskLevels.length > 0;
      if (!targetsAgents) continue;
      if (p.state !== 'enabled') {
        near.push({ kind: 'policy', name: p.displayName, id: p.id, detail: p.state === 'disabled' ? 'agent policy is off' : 'agent policy is report-only' });
        continue;
      }
      const why = shortfall(p);
      if (why) near.push({ kind: 'policy', name: p.displayName, id: p.id, detail: `agent policy ${why}` });
      else blocking.push({ kind: 'policy', name: p.displayName, id: p.id, detail: 'blocks all agent identities at high risk, on all resources' });
    }
    if (blocking.length) return { status: 'pass', summary: `High-risk agent identities are blocked by ${blocking.map((e) => `"${e.name}"`).join(', ')} (read from the Graph beta API).`, evidence: [...blocking, ...near] };
    return {
      status: 'fail',
      summary: near.length ? `No enabled Conditional Access policy blocks every high-risk agent identity on all resources; ${near.length} agent polic${near.length === 1 ? 'y falls' : 'ies fall'} short.` : 'No Conditional Access policy targets agent identities.',
      evidence: near.length ? near : [{ kind: 'setting', name: 'Conditional Access: agent risk', detail: 'no policy blocks high-risk agent identities' }],
    };
  },
});
