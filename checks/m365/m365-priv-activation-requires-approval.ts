import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { defineCheck } from '../../src/core/define-check.js';
import type { ControlVerdict, Evidence } from '../../src/core/model.js';
import type { PimGroup, PimSettings, RoleAssignment, RoleManagementPolicy } from '../../src/snapshot/m365.js';
import { groupsUnderPim, pimGroupEvidence } from '../../src/rules/m365/pim-groups.js';
import { GLOBAL_ADMINISTRATOR, HIGHLY_PRIVILEGED_ROLES, policyFor, type BuiltInRole } from '../../src/rules/m365/privileged-roles.js';

const PRIVILEGED_ROLE_ADMINISTRATOR = HIGHLY_PRIVILEGED_ROLES.find((role) => role.name === 'Privileged Role Administrator')!;

function approvalDetail(settings: PimSettings): string {
  const count = settings.activation.approverCount;
  return `activation needs approval (${count ? `${count} named approver${count === 1 ? '' : 's'}` : 'default approvers'})`;
}

/**
 * One role's verdict: its own PIM settings, and the member settings of every PIM for Groups group
 * holding it actively (activating that membership activates the role).
 */
function judgeRole(role: BuiltInRole, policies: readonly RoleManagementPolicy[], roleAssignments: readonly RoleAssignment[], pimGroups: readonly PimGroup[]): ControlVerdict & { evidence: Evidence[] } {
  const missing: Evidence[] = [];
  const unapproved: Evidence[] = [];
  const approved: Evidence[] = [];
  const policy = policyFor(policies, role);
  const approval = policy?.activation.approvalRequired;
  if (!policy || approval === null || approval === undefined) {
    missing.push({ kind: 'role', name: role.name, id: role.templateId, detail: policy ? 'PIM settings returned no approval rule' : 'no PIM settings returned for this role' });
  } else if (!approval) {
    unapproved.push({ kind: 'role', name: role.name, id: role.templateId, detail: 'activation needs no approval' });
  } else {
    approved.push({ kind: 'role', name: role.name, id: role.templateId, detail: approvalDetail(policy) });
  }
  for (const entry of groupsUnderPim(roleAssignments, pimGroups, [role])) {
    const settings = entry.group.memberPolicy;
    if (!settings || settings.activation.approvalRequired === null) missing.push(pimGroupEvidence(entry, 'its membership settings were not in the answer, and it has eligible members'));
    else if (!settings.activation.approvalRequired) unapproved.push(pimGroupEvidence(entry, 'activating membership needs no approval'));
    else approved.push(pimGroupEvidence(entry, `membership ${approvalDetail(settings)}`));
  }
  const evidence = [...unapproved, ...missing, ...approved];
  if (unapproved.length) return { status: 'fail', summary: `${role.name} can be activated without approval (${unapproved.map((e) => (e.kind === 'group' ? `group "${e.name}"` : 'role settings')).join(', ')}).`, evidence };
  if (missing.length) return { status: 'not_assessed', summary: `The PIM settings behind ${role.name} were not all in the answer (${missing.map((e) => e.name).join(', ')}); check them in PIM.`, evidence };
  return { status: 'pass', summary: `Activating ${role.name} requires approval${approved.length > 1 ? ', through the role and every PIM for Groups group holding it' : ''}.`, evidence };
}

export default defineCheck({
  id: 'm365-priv-activation-requires-approval',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'high',
  title: 'Activating Global Administrator or Privileged Role Administrator requires approval',
  owner: 'Privileged Role Administrator',
  rationale:
    'With approval required, an eligible account that is phished still cannot turn on the tenant\'s most powerful roles by itself: a second person has to agree, and sees the request and its justification first. A PIM for Groups group holding the role is a second way in: activating its membership activates the role.',
  remediation:
    'Entra admin center > Identity governance > Privileged Identity Management > Microsoft Entra roles > Settings > Global Administrator (then Privileged Role Administrator) > Edit > Activation: tick "Require approval to activate" and name the approvers (otherwise Global Administrators and Privileged Role Administrators approve). For each group holding the role under PIM for Groups: Privileged Identity Management > Groups > the group > Settings > Member > Edit > the same option.',
  references: {
    scuba: ['MS.AAD.7.6v1'],
    cis: ['5.3.4', '5.3.5'],
    docs: ['https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-change-default-settings', 'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/groups-role-settings'],
  },
  reads: ['roleManagementPolicies', 'roleAssignments', 'pimGroups'],
  evaluate({ roleManagementPolicies, roleAssignments, pimGroups }) {
    // SCuBA MS.AAD.7.6 and CIS 5.3.4 name Global Administrator; CIS 5.3.5 Privileged Role Administrator.
    const ga = judgeRole(GLOBAL_ADMINISTRATOR, roleManagementPolicies, roleAssignments, pimGroups);
    const pra = judgeRole(PRIVILEGED_ROLE_ADMINISTRATOR, roleManagementPolicies, roleAssignments, pimGroups);
    const own = (v: ControlVerdict): ControlVerdict => ({ status: v.status, summary: v.summary });
    return verdictOfControls({ 'MS.AAD.7.6v1': own(ga), '5.3.4': own(ga), '5.3.5': own(pra) }, [...ga.evidence, ...pra.evidence]);
  },
});
