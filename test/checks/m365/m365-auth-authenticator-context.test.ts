import check from '../../../checks/m365/m365-auth-authenticator-context.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const authenticator = (t: M365Shapes) => t.authenticationMethodsPolicy.methods.find((m) => m.id === 'MicrosoftAuthenticator')!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when app name and location are shown to all users', expect: 'pass' },
  {
    name: 'passes when Authenticator is disabled altogether',
    patch: (t) => {
      const m = authenticator(t);
      m.state = 'disabled';
      m.featureSettings = {};
    },
    expect: 'pass',
  },
  {
    name: 'fails when Authenticator OTP codes are allowed (MS.AAD.3.3: "Allow use of Microsoft Authenticator OTP: No")',
    patch: (t) => {
      authenticator(t).isSoftwareOathEnabled = true;
    },
    expect: 'fail',
    evidence: ['Allow use of Microsoft Authenticator OTP'],
    notEvidence: ['Show geographic location in push and passwordless notifications'],
    summary: /one-time codes/,
  },
  {
    name: 'fails when Graph reports the OTP setting as null (SCuBA requires it to be false)',
    patch: (t) => {
      authenticator(t).isSoftwareOathEnabled = null;
    },
    expect: 'fail',
    evidence: ['Allow use of Microsoft Authenticator OTP'],
  },
  {
    name: 'passes with OTP allowed when Authenticator is disabled altogether',
    patch: (t) => {
      authenticator(t).state = 'disabled';
      authenticator(t).isSoftwareOathEnabled = true;
    },
    expect: 'pass',
  },
  {
    name: 'fails when location context is disabled',
    patch: (t) => {
      authenticator(t).featureSettings!.displayLocationInformationRequiredState = { state: 'disabled', includeTarget: { targetType: 'group', id: 'all_users' } };
    },
    expect: 'fail',
    evidence: ['Show geographic location in push and passwordless notifications'],
    notEvidence: ['Show application name in push and passwordless notifications'],
  },
  {
    name: 'fails when app context is enabled only for a pilot group, not all users',
    patch: (t) => {
      authenticator(t).featureSettings!.displayAppInformationRequiredState = { state: 'enabled', includeTarget: { targetType: 'group', id: 'pilot-group-id' } };
    },
    expect: 'fail',
    evidence: ['Show application name in push and passwordless notifications'],
  },
  {
    name: 'fails when the context is enabled for all users but a group is excluded',
    patch: (t) => {
      authenticator(t).featureSettings!.displayLocationInformationRequiredState = { state: 'enabled', includeTarget: { targetType: 'group', id: 'all_users' }, excludeTarget: { targetType: 'group', id: 'grp-field-staff' } };
    },
    expect: 'fail',
    evidence: ['Show geographic location in push and passwordless notifications'],
    notEvidence: ['Show application name in push and passwordless notifications'],
  },
  {
    name: 'passes when the exclusion is the all-zero id Graph uses for nobody',
    patch: (t) => {
      authenticator(t).featureSettings!.displayLocationInformationRequiredState = { state: 'enabled', includeTarget: { targetType: 'group', id: 'all_users' }, excludeTarget: { targetType: 'group', id: '00000000-0000-0000-0000-000000000000' } };
    },
    expect: 'pass',
  },
  {
    name: 'fails when the settings are left to the Microsoft-managed default',
    patch: (t) => {
      authenticator(t).featureSettings = {};
    },
    expect: 'fail',
    summary: /neither/,
  },
  {
    name: 'fails when the context is Microsoft-managed rather than explicitly enabled',
    patch: (t) => {
      authenticator(t).featureSettings!.displayAppInformationRequiredState = { state: 'default', includeTarget: { targetType: 'group', id: 'all_users' } };
    },
    expect: 'fail',
    evidence: ['Show application name in push and passwordless notifications'],
  },
  { name: 'is not assessed when the policy cannot be read', unreadable: { authenticationMethodsPolicy: true }, expect: 'not_assessed' },
]);
