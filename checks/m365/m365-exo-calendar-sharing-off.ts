import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-calendar-sharing-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'low',
  title: 'External calendar sharing is turned off in the default sharing policy',
  owner: 'Exchange Administrator',
  rationale: 'CIS asks for external calendar sharing to be unavailable altogether: the default sharing policy applies to every mailbox not given another one, so while it is enabled any user can publish their calendar outside.',
  remediation:
    'Microsoft 365 admin center > Settings > Org settings > Services > Calendar: clear "Let your users share their calendars with people outside of your organization". Or: Set-SharingPolicy -Identity "Default Sharing Policy" -Enabled $false. To audit: Get-SharingPolicy -Identity "Default Sharing Policy" | Select-Object Enabled.',
  references: {
    cis: ['1.3.3'],
    docs: ['https://learn.microsoft.com/microsoft-365/admin/manage/share-calendars-with-external-users'],
  },
  reads: ['exoSharingPolicies'],
  evaluate({ exoSharingPolicies }) {
    const defaults = exoSharingPolicies.filter((p) => p.isDefault);
    if (defaults.length === 0) return { status: 'not_assessed', summary: 'No sharing policy is marked as the default one; which policy mailboxes get cannot be told.' };
    const enabled = defaults.filter((p) => p.enabled);
    if (enabled.length === 0) return { status: 'pass', summary: `The default sharing policy '${defaults[0]!.name}' is disabled.` };
    return { status: 'fail', summary: `The default sharing policy '${enabled[0]!.name}' is enabled: users can share their calendars outside the organisation.`, evidence: enabled.map((p) => ({ kind: 'policy', name: p.name, detail: `enabled; domains ${p.domains.join(', ') || '(none)'}` })) };
  },
});
