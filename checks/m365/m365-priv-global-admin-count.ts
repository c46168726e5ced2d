import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence, Verdict } from '../../src/core/model.js';
import { adminRange } from '../../src/core/tenant-settings.js';
import {
  assignmentEvidence,
  assignmentsTo,
  GLOBAL_ADMINISTRATOR,
  holderEvidence,
  isUnresolved,
  unexpandedGroupEvidence,
  unresolvedEvidence,
  userHolders,
  type RoleHolder,
} from '../../src/rules/m365/privileged-roles.js';
import { pimGroupHolders } from '../../src/rules/m365/pim-groups.js';
import { verdictPerControl } from '../../src/rules/m365/profile-verdict.js';

export default defineCheck({
  id: 'm365-priv-global-admin-count',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'high',
  title: 'The number of Global Administrators is within the accepted range',
  owner: 'Privileged Role Administrator',
  rationale:
    'At least two Global Administrators (one of them a break-glass account) avoid lockout; every extra one is another account whose compromise gives away the whole tenant. CIS 1.1.3 accepts 2 to 4 and SCuBA MS.AAD.7.1 2 to 8, each control judged by its own range (the profile, or a range set in the config, decides only the check\'s status); active and PIM-eligible holders both count, and so do eligible members of a PIM for Groups group that holds the role.',
  remediation:
    'Entra admin center > Identity > Roles & admins > Global Administrator: move holders who do not need it to narrower roles (Privileged Role Administrator, Exchange Administrator, …), or add a second account if only one exists. Members of role-assignable groups count as holders, and so do their eligible members in PIM for Groups (Identity governance > Privileged Identity Management > Groups > the group > Assignments > Eligible): remove the ones who do not need it.',
  references: {
    scuba: ['MS.AAD.7.1v1'],
    cis: ['1.1.3'],
    docs: ['https://learn.microsoft.com/entra/identity/role-based-access-control/best-practices'],
  },
  reads: ['roleAssignments', 'pimGroups'],
  // Without Entra ID P2 there is no PIM for Groups, so no holder hides there.
  licenceOptional: ['pimGroups'],
  evaluate({ roleAssignments, pimGroups }, ctx) {
    const held = assignmentsTo(roleAssignments, [GLOBAL_ADMINISTRATOR]);
    const users = new Map<string, RoleHolder>();
    const uncounted: Evidence[] = [];
    // Unexpanded groups and unresolved principals (GDAP partner groups, foreign objects) hide an unknown number of users.
    let hiddenHolders = false;
    for (const assignment of held) {
      if (isUnresolved(assignment)) {
        hiddenHolders = true;
        uncounted.push(unresolvedEvidence(assignment));
      } else if (assignment.principal?.type === 'group' && !Array.isArray(assignment.principal.members)) {
        hiddenHolders = true;
        uncounted.push(unexpandedGroupEvidence(assignment));
      } else if (assignment.principal?.type === 'servicePrincipal') {
        uncounted.push(assignmentEvidence(assignment, 'service principal holding Global Administrator (not a user; not counted)'));
      }
    }
    const throughPim = pimGroupHolders(held, pimGroups);
    if (throughPim.hidden.length) {
      hiddenHolders = true;
      uncounted.push(...throughPim.hidden);
    }
    // Each user once: a direct active assignment is the one shown, else the first way the user holds it.
    for (const holder of [...userHolders(held), ...throughPim.holders]) {
      const seen = users.get(holder.user.id);
      if (!seen || (holder.assignment.assignment === 'active' && !holder.viaGroup && (seen.assignment.assignment !== 'active' || seen.viaGroup))) users.set(holder.user.id, holder);
    }
    const count = users.size;
    const holders = [...users.values()].map((h) => holderEvidence(h, h.assignment.assignment === 'eligible' ? 'PIM' : ''));

    const within = (min: number, max: number, label: string): Verdict => {
      const rangeText = `${min}–${max}`;
      if (count > max) {
        return { status: 'fail', summary: `${count} users hold Global Administrator (${label} accepts ${rangeText}).`, evidence: [...holders, ...uncounted] };
      }
      if (hiddenHolders) {
        return {
          status: 'not_assessed',
          summary: `${count} users hold Global Administrator directly, but groups or unresolved principals also hold it and their members are not in the snapshot; count them against the ${rangeText} ${label} accepts.`,
          evidence: [...uncounted, ...holders],
        };
      }
      if (count < min) {
        return { status: 'fail', summary: `Only ${count} user${count === 1 ? '' : 's'} hold${count === 1 ? 's' : ''} Global Administrator (${label} accepts ${rangeText}): there is no backup if that account is lost.`, evidence: [...holders, ...uncounted, ...(count === 0 ? [{ kind: 'role' as const, name: GLOBAL_ADMINISTRATOR.name, detail: 'no user holds it' }] : [])] };
      }
      return { status: 'pass', summary: `${count} users hold Global Administrator (${label} accepts ${rangeText}).`, evidence: [...holders, ...uncounted] };
    };
    // Each control by its own numbers: SCuBA MS.AAD.7.1 two to eight, CIS 1.1.3 two to four.
    const byControl = { 'MS.AAD.7.1v1': within(2, 8, 'MS.AAD.7.1v1'), '1.1.3': within(2, 4, 'CIS 1.1.3') };
    if (!ctx.settings.globalAdminRange) return verdictPerControl(byControl, ctx.settings.profile);
    // A range the tenant configured decides the check's own status; its controls keep their verdicts.
    const { min, max } = adminRange(ctx.settings);
    return verdictPerControl(byControl, ctx.settings.profile, { overall: within(min, max, 'the configured range'), overallBasis: 'the configured range' });
  },
});
