import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { isHighlyPrivileged, principalIndex, scheduleHolder } from '../../src/rules/m365/privileged-roles.js';

export default defineCheck({
  id: 'm365-priv-assigned-through-pim',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'high',
  title: 'Highly privileged roles are assigned only through Privileged Identity Management',
  owner: 'Privileged Role Administrator',
  rationale:
    'An assignment made outside PIM (directly in the directory, by script or by a synced tool) skips PIM\'s approval, justification, expiry and alerts, so nobody is told and nothing ends it. PIM records when each assignment it makes starts; an active instance with no start date was provisioned outside it (the test ScubaGear applies). SCuBA names no exception here, so break-glass accounts count too: give them their permanent assignment through PIM. Service principals, which PIM does not activate for, are listed but not counted.',
  remediation:
    'Entra admin center > Identity governance > Privileged Identity Management > Microsoft Entra roles > Assignments: for each holder listed, remove the direct assignment and assign the role again through PIM (preferably as eligible, or active with an end date; a break-glass account permanently active, but through PIM). Stop scripts and tools from writing role assignments outside PIM.',
  references: {
    scuba: ['MS.AAD.7.5v1'],
    docs: [
      'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-add-role-to-user',
      'https://learn.microsoft.com/graph/api/resources/unifiedroleassignmentscheduleinstance',
    ],
  },
  reads: ['roleAssignmentSchedules', 'roleAssignments', 'breakGlassAccounts'],
  evaluate({ roleAssignmentSchedules, roleAssignments, breakGlassAccounts }, ctx) {
    const exemptIds = breakGlassIds(breakGlassAccounts, ctx.settings);
    const principals = principalIndex(roleAssignments);
    const outside: Evidence[] = [];
    const exempt: Evidence[] = [];
    for (const instance of roleAssignmentSchedules) {
      if (!isHighlyPrivileged(instance.roleDefinitionId) || instance.startDateTime) continue;
      const { principal, name, role, scope, exemption } = scheduleHolder(instance, principals, exemptIds);
      if (exemption === 'service-principal') exempt.push({ kind: 'app', name, id: instance.principalId, detail: `service principal: ${role}${scope} assigned outside PIM; it cannot use PIM` });
      else outside.push({ kind: principal?.type === 'group' ? 'group' : 'user', name, id: instance.principalId, detail: `${role}${scope} assigned outside PIM (no start date)` });
    }
    if (outside.length) {
      return {
        status: 'fail',
        summary: `${outside.length} assignment${outside.length === 1 ? '' : 's'} of highly privileged roles ${outside.length === 1 ? 'was' : 'were'} made outside PIM.`,
        evidence: [...outside, ...exempt],
      };
    }
    return {
      status: 'pass',
      summary: exempt.length
        ? `Highly privileged roles are assigned through PIM, apart from ${exempt.length} service principal assignment${exempt.length === 1 ? '' : 's'}.`
        : 'Every highly privileged role assignment was made through PIM.',
      evidence: exempt,
    };
  },
});
