import check from '../../../checks/gws/gws-dc-system-alerts-active.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when the required alert rules are active', expect: 'pass' },
  {
    name: 'fails and names an inactive required rule',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.value.displayName === 'Leaked password')!; rule.value = { ...rule.value, state: 'INACTIVE' }; },
    expect: 'fail',
    evidence: ['Leaked password'],
  },
  { name: 'ignores an inactive rule that is not required', patch: (t) => { const rule = t.policies.policies.find((p) => p.value.displayName === 'TLS failure')!; rule.value = { ...rule.value, state: 'INACTIVE' }; }, expect: 'pass' },
  {
    name: 'is not assessed (never pass) when a required rule was not returned',
    patch: (t) => { t.policies.policies = t.policies.policies.filter((p) => p.value.displayName !== 'Suspicious login'); },
    expect: 'not_assessed',
    evidence: ['Suspicious login'],
  },
  {
    name: 'still fails on an inactive rule when another required rule is missing',
    patch: (t) => {
      t.policies.policies = t.policies.policies.filter((p) => p.value.displayName !== 'Suspicious login');
      const rule = t.policies.policies.find((p) => p.value.displayName === 'Leaked password')!;
      rule.value = { ...rule.value, state: 'INACTIVE' };
    },
    expect: 'fail',
    evidence: ['Leaked password'],
    summary: /Suspicious login/,
  },
  {
    name: 'fails on a required rule that is inactive by default (User granted Admin privilege)',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.value.displayName === 'User granted Admin privilege')!; rule.value = { ...rule.value, state: 'INACTIVE' }; },
    expect: 'fail',
    evidence: ['User granted Admin privilege'],
  },
  {
    name: 'matches SCuBA names exactly: "User suspended due to suspicious activity" missing is not replaced by a look-alike',
    patch: (t) => {
      const rule = t.policies.policies.find((p) => p.value.displayName === 'User suspended due to suspicious activity')!;
      rule.value = { ...rule.value, displayName: 'User suspended for suspicious activity' };
    },
    expect: 'not_assessed',
    evidence: ['User suspended due to suspicious activity'],
  },
  { name: 'an inactive "Leaked password" fails 13.1 and CIS 6.7 only', patch: (t) => { const rule = t.policies.policies.find((p) => p.value.displayName === 'Leaked password')!; rule.value = { ...rule.value, state: 'INACTIVE' }; }, expect: 'fail', controls: { 'GWS.COMMONCONTROLS.13.1v1': 'fail', '6.7': 'fail', '6.1': 'pass', '6.6': 'pass' } },
  { name: 'an inactive "User\'s password changed" fails CIS 6.1 only (SCuBA does not require it): fail under strict, pass under scuba', patch: (t) => { const rule = t.policies.policies.find((p) => p.value.displayName === "User's password changed")!; rule.value = { ...rule.value, state: 'INACTIVE' }; }, expect: 'fail', controls: { 'GWS.COMMONCONTROLS.13.1v1': 'pass', '6.1': 'fail' } },
  { name: 'the same inactive CIS-only rule passes under the scuba profile, its CIS control still failing', settings: { profile: 'scuba' }, patch: (t) => { const rule = t.policies.policies.find((p) => p.value.displayName === "User's password changed")!; rule.value = { ...rule.value, state: 'INACTIVE' }; }, expect: 'pass', controls: { 'GWS.COMMONCONTROLS.13.1v1': 'pass', '6.1': 'fail' } },
  { name: 'is not assessed when Google returned no system alert rules', patch: (t) => { t.policies.policies = t.policies.policies.filter((p) => p.setting !== 'rule.system_defined_alerts'); }, expect: 'not_assessed' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
