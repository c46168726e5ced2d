import { defineCheck } from '../../src/core/define-check.js';
import { sharedWithAllDomains } from '../../src/rules/m365/sharing-policy-domains.js';

export default defineCheck({
  id: 'm365-exo-calendar-sharing-restricted',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Calendar details are not shared with all outside domains',
  owner: 'Exchange Administrator',
  rationale: 'Calendar details (subjects, locations, attendees) shared with every outside organisation tell an attacker who meets whom and when: material for targeted phishing and physical intrusion.',
  remediation:
    'Exchange admin center > Organization > Sharing > Individual sharing: edit each enabled policy and remove the "*" (all domains) and "Anonymous" entries that share calendar details, keeping at most free/busy time for named partner domains. To audit: Get-SharingPolicy | Select-Object Name, Enabled, Domains.',
  references: {
    scuba: ['MS.EXO.6.2v1'],
    docs: ['https://learn.microsoft.com/exchange/sharing/sharing-policies/sharing-policies', 'https://learn.microsoft.com/powershell/module/exchange/get-sharingpolicy'],
  },
  reads: ['exoSharingPolicies'],
  evaluate({ exoSharingPolicies }) {
    const open = sharedWithAllDomains(exoSharingPolicies, 'calendar');
    if (open.length === 0) return { status: 'pass', summary: 'No enabled sharing policy shares calendars with all domains.' };
    return { status: 'fail', summary: `Sharing ${open.map((o) => `policy '${o.policy}' shares calendars with all domains (${o.entry})`).join('; ')}.`, evidence: open.map((o) => ({ kind: 'policy', name: o.policy, detail: o.entry })) };
  },
});
