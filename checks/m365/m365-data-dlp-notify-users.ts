import { defineCheck } from '../../src/core/define-check.js';
import { piiPolicies } from '../../src/rules/m365/dlp.js';

export default defineCheck({
  id: 'm365-data-dlp-notify-users',
  provider: 'm365',
  area: 'data-classification',
  severity: 'low',
  title: 'DLP rules for sensitive data notify the user when they block',
  owner: 'Compliance Administrator',
  rationale: 'A block without a notification looks like a bug; a policy tip or notice tells the user why, and what to do instead, so they stop working around it.',
  remediation: 'Microsoft Purview portal > Data loss prevention > Policies > edit the rule > User notifications: turn on notifications to the user who sent, shared or last modified the content. Or: Set-DlpComplianceRule -NotifyUser Owner,LastModifier.',
  references: {
    scuba: ['MS.SECURITYSUITE.3.4v1'],
    docs: ['https://learn.microsoft.com/purview/use-notifications-and-policy-tips'],
  },
  reads: ['purviewDlpPolicies', 'purviewDlpRules'],
  evaluate({ purviewDlpPolicies, purviewDlpRules }) {
    const rules = piiPolicies(purviewDlpPolicies, purviewDlpRules).flatMap((p) => p.rules);
    if (rules.length === 0) return { status: 'fail', summary: 'No enforced DLP rule detects credit card numbers, ITINs or SSNs, so none notifies users.', evidence: [{ kind: 'policy', name: 'DLP rules', detail: 'none for the SCuBA sensitive types' }] };
    const silent = rules.filter((r) => r.notifyUser.length === 0);
    if (silent.length === 0) return { status: 'pass', summary: `All ${rules.length} DLP rule(s) for sensitive data notify users.` };
    return { status: 'fail', summary: `DLP ${silent.map((r) => `rule '${r.name}'`).join(', ')} notif${silent.length === 1 ? 'ies' : 'y'} no one.`, evidence: silent.map((r) => ({ kind: 'policy', name: r.name, detail: 'NotifyUser empty' })) };
  },
});
