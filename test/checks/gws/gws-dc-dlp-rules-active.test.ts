import check from '../../../checks/gws/gws-dc-dlp-rules-active.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes with an active rule on Drive, Gmail and Chat', expect: 'pass' },
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
    evidence: ['Chat DLP'],
    notEvidence: ['Drive DLP', 'Gmail DLP'],
  },
  { name: 'fails when there are no DLP rules', patch: (t) => { t.policies.policies = t.policies.policies.filter((p) => p.setting !== 'rule.dlp'); }, expect: 'fail', evidence: ['Drive DLP'] },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
