import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { isHighlyPrivileged, principalIndex, scheduleHolder } from '../../src/rules/m365/privileged-roles.js';
import { activatesThroughPim } from '../../src/rules/m365/pim-groups.js';

export default defineCheck({
  id: 'm365-priv-no-permanent-active-assignments',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'high',
  title: 'No highly privileged role is held permanently active, except by break-glass accounts',
  owner: 'Privileged Role Administrator',
  rationale:
    'A permanent active assignment gives its holder the role at every sign-in, so a phished session or token carries it too. Held as PIM eligibility instead, the role is active only for a time-boxed activation that can demand MFA, approval and a justification, and that alerts. Emergency-access (break-glass) accounts are the agreed exception, and so is a group whose members activate membership through PIM for Groups (SCuBA: "activation is handled by PIM for Groups"); service principals cannot activate through PIM and are reviewed by the service-principal checks.',
  remediation:
    'Entra admin center > Identity governance > Privileged Identity Management > Microsoft Entra roles > Assignments > Active assignments: for each user or group listed, "Update" the assignment to end on a date, or remove it and add the holder under "Eligible assignments" instead. List break-glass accounts under settings.breakGlassAccounts in tenants.yaml so they are exempt.',
  references: {
    scuba: ['MS.AAD.7.4v1'],
    cis: ['5.3.1'],
    docs: [
      'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-add-role-to-user',
      'https://learn.microsoft.com/graph/api/resources/unifiedroleassignmentscheduleinstance',
    ],
  },
  reads: ['roleAssignmentSchedules', 'roleAssignments', 'breakGlassAccounts', 'pimGroups'],
  licenceOptional: ['pimGroups'],
  evaluate({ roleAssignmentSchedules, roleAssignments, breakGlassAccounts, pimGroups }, ctx) {
    const exemptIds = breakGlassIds(breakGlassAccounts, ctx.settings);
    const principals = principalIndex(roleAssignments);
    const permanent: Evidence[] = [];
    const exempt: Evidence[] = [];
    for (const instance of roleAssignmentSchedules) {
      // An activation always ends; eligibility is not in this list at all.
      if (!isHighlyPrivileged(instance.roleDefinitionId) || instance.assignmentType !== 'Assigned' || instance.endDateTime) continue;
      const { principal, name, role, scope, exemption } = scheduleHolder(instance, principals, exemptIds);
      if (exemption === 'break-glass') {
        exempt.push({ kind: 'user', name, id: instance.principalId, detail: `break-glass account: permanent ${role}${scope} accepted` });
      } else if (exemption === 'service-principal') {
        exempt.push({ kind: 'app', name, id: instance.principalId, detail: `service principal: permanent ${role}${scope}; it cannot activate through PIM` });
      } else if (principal?.type === 'group' && activatesThroughPim(pimGroups, instance.principalId)) {
        exempt.push({ kind: 'group', name, id: instance.principalId, detail: `PIM for Groups group: permanent ${role}${scope} accepted, its members activate membership through PIM` });
      } else if (principal?.type === 'group') {
        const members = principal.members ? `${principal.members.length} member${principal.members.length === 1 ? '' : 's'}` : 'members not read';
        permanent.push({ kind: 'group', name, id: instance.principalId, detail: `group holds ${role}${scope} permanently active (${members}); make the group eligible instead` });
      } else {
        permanent.push({ kind: 'user', name, id: instance.principalId, detail: `holds ${role}${scope} permanently active (no end date)` });
      }
    }
    if (permanent.length) {
      return {
        status: 'fail',
        summary: `${permanent.length} permanent active assignment${permanent.length === 1 ? '' : 's'} of highly privileged roles outside the break-glass accounts.`,
        evidence: [...permanent, ...exempt],
      };
    }
    return {
      status: 'pass',
      summary: exempt.length
        ? `Highly privileged roles are held permanently active only by break-glass accounts, service principals or PIM for Groups groups (${exempt.length}).`
        : 'No highly privileged role is held permanently active.',
      evidence: exempt,
    };
  },
});
