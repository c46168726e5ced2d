import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { defineCheck } from '../../src/core/define-check.js';
import type { ControlVerdict, Evidence } from '../../src/core/model.js';
import type { PimGroup, PimSettings, RoleAssignment, RoleManagementPolicy, RoleNotificationRule } from '../../src/snapshot/m365.js';
import { groupsUnderPim, pimGroupEvidence } from '../../src/rules/m365/pim-groups.js';
import { GLOBAL_ADMINISTRATOR, HIGHLY_PRIVILEGED_ROLES, policyFor, type BuiltInRole } from '../../src/rules/m365/privileged-roles.js';

/** The PIM notification rules each SCuBA control needs, with what the PIM settings page calls them. */
const ASSIGNMENT_ALERTS = [
  { ruleId: 'Notification_Admin_Admin_Eligibility', what: 'assigning it as eligible (role assignment alert)' },
  { ruleId: 'Notification_Admin_Admin_Assignment', what: 'assigning it as active (role assignment alert)' },
] as const;
const ACTIVATION_ALERT = [{ ruleId: 'Notification_Admin_EndUser_Assignment', what: 'activating it (role activation alert)' }] as const;

const OTHER_ROLES = HIGHLY_PRIVILEGED_ROLES.filter((role) => role !== GLOBAL_ADMINISTRATOR);

/**
 * Whether the alert goes to a mailbox someone named. SCuBA's instructions put the security monitoring
 * mailbox under "Additional recipients", and ScubaGear fails a rule with no notificationRecipients: the
 * default recipients (the role's own admins) are the people an attacker holding the role would be.
 */
function alertsNamedMailbox(rule: RoleNotificationRule | undefined): boolean | undefined {
  if (!rule) return undefined;
  if (rule.notificationLevel.toLowerCase() === 'none') return false;
  return rule.notificationRecipients.some((recipient) => recipient.trim() !== '');
}

interface Source {
  label: string;
  settings: PimSettings | undefined;
  evidence: (detail: string) => Evidence;
}

function sourcesFor(roles: readonly BuiltInRole[], policies: readonly RoleManagementPolicy[], roleAssignments: readonly RoleAssignment[], pimGroups: readonly PimGroup[]): Source[] {
  const roleSources = roles.map((role): Source => ({ label: role.name, settings: policyFor(policies, role), evidence: (detail) => ({ kind: 'role', name: role.name, id: role.templateId, detail }) }));
  const groupSources = groupsUnderPim(roleAssignments, pimGroups, roles).map((entry): Source => ({
    label: `group "${entry.group.displayName}"`,
    settings: entry.group.memberPolicy ?? undefined,
    evidence: (detail) => pimGroupEvidence(entry, `membership: ${detail}`),
  }));
  return [...roleSources, ...groupSources];
}

function judge(sources: readonly Source[], alerts: readonly { ruleId: string; what: string }[], scope: string): ControlVerdict & { evidence: Evidence[] } {
  const silent: Evidence[] = [];
  const unknown: Evidence[] = [];
  let alerting = 0;
  for (const source of sources) {
    if (!source.settings) {
      unknown.push(source.evidence('no PIM settings returned'));
      continue;
    }
    for (const alert of alerts) {
      const named = alertsNamedMailbox(source.settings.notifications.find((rule) => rule.id === alert.ruleId));
      if (named === undefined) unknown.push(source.evidence(`no ${alert.ruleId} rule returned`));
      else if (!named) silent.push(source.evidence(`no additional recipient is alerted on ${alert.what}`));
      else alerting++;
    }
  }
  const evidence = [...silent, ...unknown];
  if (silent.length) {
    const labels = [...new Set(silent.map((e) => e.name))];
    return { status: 'fail', summary: `${silent.length} ${scope} alert${silent.length === 1 ? ' is off or names' : 's are off or name'} no additional recipient (${labels.join(', ')}).`, evidence };
  }
  if (unknown.length) return { status: 'not_assessed', summary: `Some PIM notification settings for ${scope} alerts were not in the answer; check them in PIM.`, evidence };
  return { status: 'pass', summary: `All ${alerting} ${scope} alerts go to a named mailbox.`, evidence };
}

export default defineCheck({
  id: 'm365-priv-assignment-alerts',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'medium',
  title: 'Assigning or activating a highly privileged role alerts a named mailbox',
  owner: 'Privileged Role Administrator',
  rationale:
    'An attacker who gains a privileged account typically grants a second one or activates a role at once. PIM can mail an alert for every assignment and activation of a role; unless it goes to a mailbox the security team watches (not only to the role\'s own admins, whom the attacker may be), the change goes unnoticed until the damage is done. A PIM for Groups group holding the role is another way to activate it, with its own alerts.',
  remediation:
    'Entra admin center > Identity governance > Privileged Identity Management > Microsoft Entra roles > Settings > (each role listed) > Edit > Notification: for "Send notifications when members are assigned as eligible", "… assigned as active" and "… activate this role", enter the security monitoring mailbox under Additional recipients of the Role assignment / activation alert. Do the same under Privileged Identity Management > Groups > (each group holding such a role) > Settings > Member.',
  references: {
    scuba: ['MS.AAD.7.7v1', 'MS.AAD.7.8v1', 'MS.AAD.7.9v1'],
    docs: ['https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-email-notifications', 'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-change-default-settings'],
  },
  reads: ['roleManagementPolicies', 'roleAssignments', 'pimGroups'],
  evaluate({ roleManagementPolicies, roleAssignments, pimGroups }) {
    const all = sourcesFor(HIGHLY_PRIVILEGED_ROLES, roleManagementPolicies, roleAssignments, pimGroups);
    // MS.AAD.7.7: assignment alerts on every highly privileged role; 7.8: activating Global Administrator; 7.9: activating the others.
    const assignments = judge(all, ASSIGNMENT_ALERTS, 'role assignment');
    const gaActivation = judge(sourcesFor([GLOBAL_ADMINISTRATOR], roleManagementPolicies, roleAssignments, pimGroups), ACTIVATION_ALERT, 'Global Administrator activation');
    const otherActivation = judge(sourcesFor(OTHER_ROLES, roleManagementPolicies, roleAssignments, pimGroups), ACTIVATION_ALERT, 'activation');
    const own = (v: ControlVerdict): ControlVerdict => ({ status: v.status, summary: v.summary });
    return verdictOfControls(
      { 'MS.AAD.7.7v1': own(assignments), 'MS.AAD.7.8v1': own(gaActivation), 'MS.AAD.7.9v1': own(otherActivation) },
      [...assignments.evidence, ...gaActivation.evidence, ...otherActivation.evidence],
    );
  },
});
