import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { HIGHLY_PRIVILEGED_ROLES, notificationReachesSomeone, policyFor } from '../../src/rules/m365/privileged-roles.js';

/** The PIM notification rules each SCuBA control needs, with what the PIM settings page calls them. */
const ALERTS = [
  { ruleId: 'Notification_Admin_Admin_Eligibility', what: 'assigning it as eligible (role assignment alert)' },
  { ruleId: 'Notification_Admin_Admin_Assignment', what: 'assigning it as active (role assignment alert)' },
  { ruleId: 'Notification_Admin_EndUser_Assignment', what: 'activating it (role activation alert)' },
] as const;

export default defineCheck({
  id: 'm365-priv-assignment-alerts',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'medium',
  title: 'Assigning or activating a highly privileged role sends an alert',
  owner: 'Privileged Role Administrator',
  rationale:
    'An attacker who gains a privileged account typically grants a second one or activates a role at once. PIM can mail an alert for every assignment and activation of a role; when nobody receives it, the change goes unnoticed until the damage is done.',
  remediation:
    'Entra admin center > Identity governance > Privileged Identity Management > Microsoft Entra roles > Settings > (each role listed) > Edit > Notification: for "Send notifications when members are assigned as eligible", "… assigned as active" and "… activate this role", keep the Role assignment / activation alert on with default recipients, or add a monitored mailbox (e.g. the security team\'s) under Additional recipients.',
  references: {
    scuba: ['MS.AAD.7.7v1', 'MS.AAD.7.8v1', 'MS.AAD.7.9v1'],
    docs: ['https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-email-notifications', 'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-change-default-settings'],
  },
  reads: ['roleManagementPolicies'],
  evaluate({ roleManagementPolicies }) {
    const silent: Evidence[] = [];
    const unknown: Evidence[] = [];
    let alerting = 0;
    for (const role of HIGHLY_PRIVILEGED_ROLES) {
      const policy = policyFor(roleManagementPolicies, role);
      if (!policy) {
        unknown.push({ kind: 'role', name: role.name, id: role.templateId, detail: 'no PIM settings returned for this role' });
        continue;
      }
      for (const alert of ALERTS) {
        const reaches = notificationReachesSomeone(policy.notifications.find((rule) => rule.id === alert.ruleId));
        if (reaches === undefined) unknown.push({ kind: 'role', name: role.name, id: role.templateId, detail: `no ${alert.ruleId} rule returned` });
        else if (!reaches) silent.push({ kind: 'role', name: role.name, id: role.templateId, detail: `no one is alerted on ${alert.what}` });
        else alerting++;
      }
    }
    if (silent.length) {
      const roles = new Set(silent.map((e) => e.name));
      return { status: 'fail', summary: `${silent.length} assignment or activation alert${silent.length === 1 ? ' is' : 's are'} off or have no recipient, across ${roles.size} highly privileged role${roles.size === 1 ? '' : 's'}.`, evidence: [...silent, ...unknown] };
    }
    if (unknown.length) {
      return { status: 'not_assessed', summary: 'Some highly privileged roles\' PIM notification settings were not in the answer; check them in PIM.', evidence: unknown };
    }
    return { status: 'pass', summary: `All ${alerting} assignment and activation alerts of the highly privileged roles reach a recipient.` };
  },
});
