import check from '../../../checks/m365/m365-ca-mfa-admins.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, ROLE } from './compliant-tenant.js';

const HYBRID_IDENTITY_ADMINISTRATOR = '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2';
const SCUBA_HIGHLY_PRIVILEGED = [ROLE.globalAdministrator, ROLE.privilegedRoleAdministrator, ROLE.userAdministrator, ROLE.sharePointAdministrator, ROLE.exchangeAdministrator, ROLE.hybridIdentityAdministrator, ROLE.applicationAdministrator, ROLE.cloudApplicationAdministrator];
const policy = (t: M365Shapes, id: string) => t.conditionalAccessPolicies.find((p) => p.id === id)!;
const withoutAllUsersMfa = (t: M365Shapes) => {
  t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => p.id !== 'ca-mfa-all');
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when an all-users MFA policy covers every role', expect: 'pass' },
  {
    name: 'fails for roles the admin policy leaves out once the all-users policy is gone',
    patch: (t) => {
      withoutAllUsersMfa(t);
      const roles = policy(t, 'ca-admins-phishing-resistant').conditions.users.includeRoles;
      roles.splice(roles.indexOf(ROLE.passwordAdministrator), 1);
    },
    expect: 'fail',
    evidence: ['Password Administrator'],
    notEvidence: ['Global Administrator'],
  },
  {
    name: 'passes when the role policy lists every administrator role CIS 5.2.2.1 names',
    patch: withoutAllUsersMfa,
    expect: 'pass',
    controls: { '5.2.2.1': 'pass' },
  },
  {
    name: 'fails CIS 5.2.2.1 when the role policy covers only SCuBA\'s highly privileged roles (Security, Conditional Access, Helpdesk … Administrators and Global Reader left out)',
    patch: (t) => {
      withoutAllUsersMfa(t);
      policy(t, 'ca-admins-phishing-resistant').conditions.users.includeRoles = [...SCUBA_HIGHLY_PRIVILEGED];
    },
    expect: 'fail',
    controls: { '5.2.2.1': 'fail' },
    evidence: ['Security Administrator', 'Conditional Access Administrator', 'Privileged Authentication Administrator', 'Authentication Administrator', 'Helpdesk Administrator', 'Password Administrator', 'Billing Administrator', 'Global Reader'],
    notEvidence: ['Global Administrator', 'Exchange Administrator'],
  },
  {
    // CIS 5.2.2.1 lists fifteen roles "at minimum"; Hybrid Identity Administrator is SCuBA's, not among them.
    name: 'does not require Hybrid Identity Administrator, which CIS 5.2.2.1 does not list',
    patch: (t) => {
      withoutAllUsersMfa(t);
      const roles = policy(t, 'ca-admins-phishing-resistant').conditions.users.includeRoles;
      roles.splice(roles.indexOf(HYBRID_IDENTITY_ADMINISTRATOR), 1);
    },
    expect: 'pass',
  },
  {
    name: 'fails when the all-users policy excludes Global Administrator and nothing else covers it',
    patch: (t) => {
      policy(t, 'ca-mfa-all').conditions.users.excludeRoles = [ROLE.globalAdministrator];
      t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => p.id !== 'ca-admins-phishing-resistant');
    },
    expect: 'fail',
    evidence: ['Global Administrator'],
    notEvidence: ['Exchange Administrator'],
  },
  {
    name: 'does not count a risk-scoped MFA policy',
    patch: (t) => {
      t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => p.id !== 'ca-admins-phishing-resistant');
      policy(t, 'ca-mfa-all').conditions.signInRiskLevels = ['high'];
    },
    expect: 'fail',
    evidence: ['Global Administrator', 'Require MFA for all users'],
  },
  {
    name: 'does not count a report-only policy',
    patch: (t) => {
      t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => p.id !== 'ca-admins-phishing-resistant');
      policy(t, 'ca-mfa-all').state = 'enabledForReportingButNotEnforced';
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
  },
  {
    name: 'does not count a policy limited to browser sign-ins (desktop and mobile apps go unprotected)',
    patch: (t) => {
      withoutAllUsersMfa(t);
      policy(t, 'ca-admins-phishing-resistant').conditions.clientAppTypes = ['browser'];
    },
    expect: 'fail',
    evidence: ['Global Administrator', 'Phishing-resistant MFA for admins'],
  },
  {
    name: 'does not count a policy that excludes guest or external user types (privileged guests)',
    patch: (t) => {
      for (const p of t.conditionalAccessPolicies) p.conditions.users.excludeGuestsOrExternalUsers = { guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest', externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' } };
    },
    expect: 'fail',
    evidence: ['Global Administrator'],
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
  {
    name: 'does not count a role policy that excludes an administrator who is not a break-glass account',
    patch: (t) => {
      withoutAllUsersMfa(t);
      policy(t, 'ca-admins-phishing-resistant').conditions.users.excludeUsers.push('u-admin-2');
    },
    expect: 'fail',
    evidence: ['Global Administrator', 'Phishing-resistant MFA for admins'],
  },
  {
    name: 'does not count a role policy that excludes a group (anyone can be put in it)',
    patch: (t) => {
      withoutAllUsersMfa(t);
      policy(t, 'ca-admins-phishing-resistant').conditions.users.excludeGroups = ['grp-exempt'];
    },
    expect: 'fail',
    evidence: ['Phishing-resistant MFA for admins'],
  },
  { name: 'is not assessed when the break-glass accounts cannot be resolved', unreadable: { breakGlassAccounts: { permission: 'User.Read.All' } }, expect: 'not_assessed', summary: /User.Read.All/ },
]);
