import check from '../../../checks/m365/m365-priv-assignment-alerts.js';
import type { M365Shapes, RoleNotificationRule } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { addPimGroup, compliantTenant, pimGroupSettings, ROLE } from './compliant-tenant.js';

function rule(t: M365Shapes, roleId: string, ruleId: string): RoleNotificationRule {
  return t.roleManagementPolicies.find((p) => p.roleDefinitionId === roleId)!.notifications.find((n) => n.id === ruleId)!;
}

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every assignment and activation alert goes to a named mailbox', expect: 'pass', summary: /All 16 role assignment alerts/, controls: { 'MS.AAD.7.7v1': 'pass', 'MS.AAD.7.8v1': 'pass', 'MS.AAD.7.9v1': 'pass' } },
  {
    name: 'fails when GA activation alerts go to nobody (MS.AAD.7.8v1)',
    patch: (t) => {
      Object.assign(rule(t, ROLE.globalAdministrator, 'Notification_Admin_EndUser_Assignment'), { isDefaultRecipientsEnabled: false, notificationRecipients: [] });
    },
    expect: 'fail',
    evidence: ['Global Administrator'],
    // Only the control about Global Administrator activation fails.
    controls: { 'MS.AAD.7.7v1': 'pass', 'MS.AAD.7.8v1': 'fail', 'MS.AAD.7.9v1': 'pass' },
  },
  {
    name: 'fails only MS.AAD.7.9 when another highly privileged role activates without an alert',
    patch: (t) => {
      rule(t, ROLE.exchangeAdministrator, 'Notification_Admin_EndUser_Assignment').notificationRecipients = [];
    },
    expect: 'fail',
    evidence: ['Exchange Administrator'],
    controls: { 'MS.AAD.7.7v1': 'pass', 'MS.AAD.7.8v1': 'pass', 'MS.AAD.7.9v1': 'fail' },
  },
  {
    name: 'fails when eligible assignments of another highly privileged role alert nobody (MS.AAD.7.7v1)',
    patch: (t) => {
      Object.assign(rule(t, ROLE.userAdministrator, 'Notification_Admin_Admin_Eligibility'), { isDefaultRecipientsEnabled: false, notificationRecipients: [''] });
    },
    expect: 'fail',
    evidence: ['User Administrator'],
    notEvidence: ['Global Administrator'],
    controls: { 'MS.AAD.7.7v1': 'fail', 'MS.AAD.7.8v1': 'pass', 'MS.AAD.7.9v1': 'pass' },
  },
  {
    name: 'fails when the alert level is None even with recipients',
    patch: (t) => {
      rule(t, ROLE.privilegedRoleAdministrator, 'Notification_Admin_Admin_Assignment').notificationLevel = 'None';
    },
    expect: 'fail',
    evidence: ['Privileged Role Administrator'],
  },
  {
    name: 'fails with default recipients alone: SCuBA asks for the monitoring mailbox under Additional recipients (ScubaGear: empty NotificationRecipients fails)',
    patch: (t) => {
      for (const policy of t.roleManagementPolicies) for (const n of policy.notifications) n.notificationRecipients = [];
    },
    expect: 'fail',
    controls: { 'MS.AAD.7.7v1': 'fail', 'MS.AAD.7.8v1': 'fail', 'MS.AAD.7.9v1': 'fail' },
  },
  {
    name: 'named recipients alone are enough',
    patch: (t) => {
      for (const policy of t.roleManagementPolicies) for (const n of policy.notifications) n.isDefaultRecipientsEnabled = false;
    },
    expect: 'pass',
  },
  {
    name: 'ignores requestor and approver notifications (they do not alert an admin)',
    patch: (t) => {
      Object.assign(rule(t, ROLE.globalAdministrator, 'Notification_Requestor_Admin_Assignment'), { isDefaultRecipientsEnabled: false, notificationLevel: 'None' });
    },
    expect: 'pass',
  },
  {
    name: 'is not assessed when a role\'s alert rule is missing from the answer',
    patch: (t) => {
      const policy = t.roleManagementPolicies.find((p) => p.roleDefinitionId === ROLE.exchangeAdministrator)!;
      policy.notifications = policy.notifications.filter((n) => n.id !== 'Notification_Admin_EndUser_Assignment');
    },
    expect: 'not_assessed',
    evidence: ['Exchange Administrator'],
  },
  {
    name: 'fails MS.AAD.7.8 when a PIM for Groups group holding Global Administrator alerts nobody on activation (instructions step 7)',
    patch: (t) => {
      const settings = pimGroupSettings();
      settings.notifications.find((n) => n.id === 'Notification_Admin_EndUser_Assignment')!.notificationRecipients = [];
      addPimGroup(t, { memberPolicy: settings });
    },
    expect: 'fail',
    evidence: ['PIM Global Administrators'],
    controls: { 'MS.AAD.7.7v1': 'pass', 'MS.AAD.7.8v1': 'fail', 'MS.AAD.7.9v1': 'pass' },
  },
  {
    name: 'fails MS.AAD.7.7 when a PIM for Groups group holding Exchange Administrator alerts nobody on eligible assignment',
    patch: (t) => {
      const settings = pimGroupSettings();
      settings.notifications.find((n) => n.id === 'Notification_Admin_Admin_Eligibility')!.notificationRecipients = [];
      addPimGroup(t, { roleId: ROLE.exchangeAdministrator, roleName: 'Exchange Administrator', memberPolicy: settings });
    },
    expect: 'fail',
    evidence: ['PIM Exchange Administrators'],
    controls: { 'MS.AAD.7.7v1': 'fail', 'MS.AAD.7.8v1': 'pass', 'MS.AAD.7.9v1': 'pass' },
  },
  {
    name: 'passes with a PIM for Groups group whose member settings alert the mailbox',
    patch: (t) => {
      addPimGroup(t);
    },
    expect: 'pass',
  },
  {
    name: 'is not assessed when PIM for Groups cannot be read',
    unreadable: { pimGroups: { permission: 'RoleManagementPolicy.Read.AzureADGroup' } },
    expect: 'not_assessed',
  },
  {
    name: 'is not assessed when the PIM policies cannot be read',
    unreadable: { roleManagementPolicies: { permission: 'RoleManagementPolicy.Read.Directory' } },
    expect: 'not_assessed',
  },
  {
    name: 'is not applicable without Entra ID P2',
    unreadable: { roleManagementPolicies: { code: 'licence', featureUnlicensed: true, licence: 'Microsoft Entra ID P2' } },
    expect: 'not_applicable',
  },
]);
