import check from '../../../checks/m365/m365-mfa-members-capable.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every member is MFA-capable (the incapable guest does not count)', expect: 'pass', summary: /disabled users are not assessed/ },
  {
    name: 'fails for a member without MFA, naming the user',
    patch: (t) => {
      const u = t.userRegistrationDetails.find((x) => x.id === 'u-member-1')!;
      u.isMfaCapable = false;
      u.methodsRegistered = [];
    },
    expect: 'fail',
    evidence: ['megan@contoso.example'],
    notEvidence: ['gary_partner.example#EXT#@contoso.onmicrosoft.com'],
    summary: /disabled users are not assessed/,
  },
  {
    name: 'fails for a member registered for SSPR only (email is not MFA)',
    patch: (t) => {
      t.userRegistrationDetails.push({ id: 'u-sspr', userPrincipalName: 'sam@contoso.example', userDisplayName: 'Sam', userType: 'member', isAdmin: false, isMfaCapable: false, isMfaRegistered: false, isPasswordlessCapable: false, methodsRegistered: ['email'] });
    },
    expect: 'fail',
    evidence: ['sam@contoso.example'],
  },
  {
    name: 'is not assessed without the P1 licence the report needs',
    unreadable: { userRegistrationDetails: { code: 'licence', message: 'Tenant does not have a SKU required for this operation', permission: 'AuditLog.Read.All', licence: 'Microsoft Entra ID P1' } },
    expect: 'not_assessed',
    summary: /Entra ID P1/,
  },
  {
    name: 'is not assessed (never pass) when the report is empty',
    patch: (t) => {
      t.userRegistrationDetails = [];
    },
    expect: 'not_assessed',
    summary: /no member accounts/,
  },
]);
