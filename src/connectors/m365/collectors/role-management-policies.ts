import { z } from 'zod';
import { ApiShapeError } from '../../../core/errors.js';
import { defineCollector, odata, parseAnswer } from '../collector.js';
import { pimSettingsOf, policyAssignment, type PolicyAssignment } from '../pim-policy-rules.js';
import type { GraphReader } from '../graph-reader.js';
import type { RoleManagementPolicy } from '../../../snapshot/m365.js';
import { HIGHLY_PRIVILEGED_ROLES } from '../../../rules/m365/privileged-roles.js';

/**
 * The roles whose PIM settings are read: CISA SCuBA's highly privileged roles (MS.AAD.7.x), the same
 * list the checks judge. One filtered read per role keeps the answer to the policies checks judge.
 */
export const PIM_POLICY_ROLES = HIGHLY_PRIVILEGED_ROLES;

function toPolicy(role: { templateId: string; name: string }, row: PolicyAssignment): RoleManagementPolicy {
  const { policyId, ...settings } = pimSettingsOf(row);
  return { roleDefinitionId: role.templateId, roleName: role.name, policyId, ...settings };
}

async function readRole(graph: GraphReader, role: { templateId: string; name: string }): Promise<RoleManagementPolicy | null> {
  const filter = `scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${role.templateId}'`;
  const rows = parseAnswer(z.array(policyAssignment), await graph.list(`/policies/roleManagementPolicyAssignments?$filter=${odata(filter)}&$expand=policy($expand=rules)`), 'roleManagementPolicyAssignments');
  if (rows.length > 1) throw new ApiShapeError(`roleManagementPolicyAssignments answered ${rows.length} policies for ${role.name}; expected one`, 'value');
  // A role PIM has no policy for is left out; the checks report it as not assessed rather than guess.
  return rows[0] ? toPolicy(role, rows[0]) : null;
}

/** PIM settings of the highly privileged roles; Entra ID P2 gates the feature (AadPremiumLicenseRequired otherwise). */
export default defineCollector({
  section: 'roleManagementPolicies',
  spec: {
    endpoints: ["GET /v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '{id}'&$expand=policy($expand=rules) (highly privileged roles only, batched)"],
    permissions: ['RoleManagementPolicy.Read.Directory'],
    licence: 'Microsoft Entra ID P2',
    licenceGates: 'feature',
  },
  licensed: (l) => l.entraP2,
  async collect({ graph }) {
    const policies = await Promise.all(PIM_POLICY_ROLES.map((role) => readRole(graph, role)));
    return policies.filter((p): p is RoleManagementPolicy => p !== null);
  },
});
