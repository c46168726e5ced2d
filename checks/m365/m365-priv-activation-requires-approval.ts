import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { GLOBAL_ADMINISTRATOR, HIGHLY_PRIVILEGED_ROLES, policyFor } from '../../src/rules/m365/privileged-roles.js';

/** CIS 5.3.4 and 5.3.5 name these two; SCuBA MS.AAD.7.6 names Global Administrator. */
const ROLES = [GLOBAL_ADMINISTRATOR, HIGHLY_PRIVILEGED_ROLES.find((role) => role.name === 'Privileged Role Administrator')!];

export default defineCheck({
  id: 'm365-priv-activation-requires-approval',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'high',
  title: 'Activating Global Administrator or Privileged Role Administrator requires approval',
  owner: 'Privileged Role Administrator',
  rationale:
    'With approval required, an eligible account that is phished still cannot turn on the tenant\'s most powerful roles by itself: a second person has to agree, and sees the request and its justification first.',
  remediation:
    'Entra admin center > Identity governance > Privileged Identity Management > Microsoft Entra roles > Settings > Global Administrator (then Privileged Role Administrator) > Edit > Activation: tick "Require approval to activate" and name the approvers (otherwise Global Administrators and Privileged Role Administrators approve).',
  references: {
    scuba: ['MS.AAD.7.6v1'],
    cis: ['5.3.4', '5.3.5'],
    docs: ['https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-change-default-settings'],
  },
  reads: ['roleManagementPolicies'],
  evaluate({ roleManagementPolicies }) {
    const missing: Evidence[] = [];
    const unapproved: Evidence[] = [];
    const approved: Evidence[] = [];
    for (const role of ROLES) {
      const policy = policyFor(roleManagementPolicies, role);
      const approval = policy?.activation.approvalRequired;
      if (!policy || approval === null || approval === undefined) {
        missing.push({ kind: 'role', name: role.name, id: role.templateId, detail: policy ? 'PIM settings returned no approval rule' : 'no PIM settings returned for this role' });
      } else if (!approval) {
        unapproved.push({ kind: 'role', name: role.name, id: role.templateId, detail: 'activation needs no approval' });
      } else {
        const who = policy.activation.approverCount ? `${policy.activation.approverCount} named approver${policy.activation.approverCount === 1 ? '' : 's'}` : 'default approvers';
        approved.push({ kind: 'role', name: role.name, id: role.templateId, detail: `activation needs approval (${who})` });
      }
    }
    if (unapproved.length) {
      return { status: 'fail', summary: `${unapproved.map((e) => e.name).join(' and ')} can be activated without approval.`, evidence: [...unapproved, ...missing, ...approved] };
    }
    if (missing.length) {
      return { status: 'not_assessed', summary: `The PIM settings of ${missing.map((e) => e.name).join(' and ')} were not in the answer; check them in PIM.`, evidence: [...missing, ...approved] };
    }
    return { status: 'pass', summary: 'Activating Global Administrator and Privileged Role Administrator requires approval.', evidence: approved };
  },
});
