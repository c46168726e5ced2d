import check from '../../../checks/gws/gws-dc-dlp-rules-active.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, OU } from './compliant-tenant.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes with an active rule on Drive, Gmail, Chat and Calendar', expect: 'pass' },
  {
    name: 'fails when no rule covers Calendar (GWS.COMMONCONTROLS.18.1 names Drive, Calendar, Chat and Gmail)',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, triggers: ['google.workspace.drive.file.v1.share', 'google.workspace.gmail.email.v1.send', 'google.workspace.chat.message.v1.send'] }; },
    expect: 'fail',
    evidence: ['Calendar DLP'],
    notEvidence: ['Drive DLP', 'Gmail DLP', 'Chat DLP'],
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail', '4.2.3.1': 'pass' },
  },
  {
    name: 'no Drive rule fails CIS 4.2.3.1 (Drive DLP) too',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, triggers: ['google.workspace.gmail.email.v1.send', 'google.workspace.chat.message.v1.send', 'google.workspace.calendar.event.v1.save'] }; },
    expect: 'fail',
    evidence: ['Drive DLP'],
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail', '4.2.3.1': 'fail' },
  },
  {
    name: 'under the cis profile a rule set without Calendar passes (CIS 4.2.3.1 asks for Drive only)',
    settings: { profile: 'cis' },
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, triggers: ['google.workspace.drive.file.v1.share'] }; },
    expect: 'pass',
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail', '4.2.3.1': 'pass' },
  },
  {
    name: 'fails when the rule covering every service is inactive',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, state: 'INACTIVE' }; },
    expect: 'fail',
    evidence: ['Drive DLP', 'Gmail DLP', 'Chat DLP', 'Block PII leaving the domain'],
  },
  {
    name: 'fails only for the service no rule covers',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, triggers: ['google.workspace.drive.file.v1.share', 'google.workspace.gmail.email.v1.send'] }; },
    expect: 'fail',
    evidence: ['Chat DLP', 'Calendar DLP'],
    notEvidence: ['Drive DLP', 'Gmail DLP'],
  },
  { name: 'fails when there are no DLP rules', patch: (t) => { t.policies.policies = t.policies.policies.filter((p) => p.setting !== 'rule.dlp'); }, expect: 'fail', evidence: ['Drive DLP'] },
  {
    name: 'does not count a rule whose state is missing as active',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; const { state: _state, ...rest } = rule.value; rule.value = rest; },
    expect: 'fail',
    evidence: ['Drive DLP', 'Gmail DLP', 'Chat DLP'],
  },
  {
    name: 'fails when the only rule is scoped to one sub-OU (the rest of the tenant is uncovered)',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.orgUnitId = OU.sales; },
    expect: 'fail',
    evidence: ['Drive DLP'],
    summary: /organisation-wide/,
  },
  {
    name: 'an inactive extra rule named like a service does not count as an uncovered service',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; t.policies.policies.push({ ...rule, name: 'policies/extra', value: { ...rule.value, displayName: 'Finance DLP', state: 'INACTIVE' } }); },
    expect: 'pass',
  },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
