import { defineCheck } from '../../src/core/define-check.js';
import { sharedWithAllDomains } from '../../src/rules/m365/sharing-policy-domains.js';

export default defineCheck({
  id: 'm365-exo-contacts-sharing-restricted',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Contact folders are not shared with all outside domains',
  owner: 'Exchange Administrator',
  rationale: 'A sharing policy entry for "*" lets every user share their contacts with anyone in any organisation: a ready-made list of names and addresses for phishing.',
  remediation:
    'Exchange admin center > Organization > Sharing > Individual sharing: edit each enabled policy and remove the "*" (all domains) entry that shares contacts, or replace it with the specific partner domains. To audit: Get-SharingPolicy | Select-Object Name, Enabled, Domains.',
  references: {
    scuba: ['MS.EXO.6.1v1'],
    docs: ['https://learn.microsoft.com/exchange/sharing/sharing-policies/sharing-policies', 'https://learn.microsoft.com/powershell/module/exchange/get-sharingpolicy'],
  },
  reads: ['exoSharingPolicies'],
  evaluate({ exoSharingPolicies }) {
    const open = sharedWithAllDomains(exoSharingPolicies, 'contacts');
    if (open.length === 0) return { status: 'pass', summary: 'No enabled sharing policy shares contacts with all domains.' };
    return { status: 'fail', summary: `Sharing ${open.map((o) => `policy '${o.policy}' shares contacts with all domains (${o.entry})`).join('; ')}.`, evidence: open.map((o) => ({ kind: 'policy', name: o.policy, detail: o.entry })) };
  },
});
