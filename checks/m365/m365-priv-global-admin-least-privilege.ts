import { defineCheck } from '../../src/core/define-check.js';
import {
  assignmentsTo,
  GLOBAL_ADMINISTRATOR,
  HIGHLY_PRIVILEGED_ROLES,
  holderEvidence,
  isUnresolved,
  unexpandedGroupEvidence,
  unresolvedEvidence,
  userHolders,
  type RoleHolder,
} from '../../src/rules/m365/privileged-roles.js';
import { pimGroupHolders } from '../../src/rules/m365/pim-groups.js';

const GA = GLOBAL_ADMINISTRATOR.templateId.toLowerCase();

export default defineCheck({
  id: 'm365-priv-global-admin-least-privilege',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'medium',
  title: 'Privileged users hold narrower roles rather than Global Administrator',
  owner: 'Privileged Role Administrator',
  rationale:
    'Global Administrator opens every setting and every workload; an Exchange or User Administrator whose account is taken gives away only that area. ScubaGear measures MS.AAD.7.2 as a least-privilege score: users holding Global Administrator against privileged users (of the highly privileged roles, active or PIM-eligible, directly, through groups or as eligible members in PIM for Groups, as the MS.AAD.7.1 instructions count them) who manage without it, passing at 1 or less. The Global Administrator count itself (MS.AAD.7.1) is judged by m365-priv-global-admin-count.',
  remediation:
    'Entra admin center > Identity > Roles & admins: for each Global Administrator listed who administers one area, assign the narrower role for that area (Exchange Administrator, User Administrator, Privileged Role Administrator …), preferably as PIM-eligible, and remove Global Administrator.',
  references: {
    scuba: ['MS.AAD.7.2v1'],
    docs: ['https://learn.microsoft.com/entra/identity/role-based-access-control/delegate-by-task'],
  },
  reads: ['roleAssignments', 'pimGroups'],
  // Without Entra ID P2 there is no PIM for Groups, so no holder hides there.
  licenceOptional: ['pimGroups'],
  evaluate({ roleAssignments, pimGroups }) {
    const held = assignmentsTo(roleAssignments, HIGHLY_PRIVILEGED_ROLES);
    const hidden = held.filter((a) => isUnresolved(a) || (a.principal?.type === 'group' && !Array.isArray(a.principal.members)));
    const through = pimGroupHolders(held, pimGroups);
    const byUser = new Map<string, { holder: RoleHolder; global: boolean }>();
    for (const holder of [...userHolders(held), ...through.holders]) {
      const global = holder.assignment.roleDefinitionId.toLowerCase() === GA;
      const seen = byUser.get(holder.user.id);
      if (!seen || (global && !seen.global)) byUser.set(holder.user.id, { holder, global: global || (seen?.global ?? false) });
    }
    const globals = [...byUser.values()].filter((u) => u.global);
    const narrower = [...byUser.values()].filter((u) => !u.global);
    const score = `${globals.length} Global Administrator${globals.length === 1 ? '' : 's'} to ${narrower.length} privileged user${narrower.length === 1 ? '' : 's'} without it`;
    const evidence = [...globals.map((u) => holderEvidence(u.holder, '')), ...narrower.map((u) => holderEvidence(u.holder, 'narrower role'))];
    if (hidden.length || through.hidden.length) {
      return {
        status: 'not_assessed',
        summary: `${score}, but groups or unresolved principals also hold privileged roles and their members are not in the snapshot.`,
        evidence: [...hidden.map((a) => (isUnresolved(a) ? unresolvedEvidence(a) : unexpandedGroupEvidence(a))), ...through.hidden, ...evidence],
      };
    }
    if (globals.length <= narrower.length) {
      return { status: 'pass', summary: `Least-privilege score ${score} (1 or less).`, evidence };
    }
    return { status: 'fail', summary: `More privileged users hold Global Administrator than narrower roles: ${score}.`, evidence };
  },
});
