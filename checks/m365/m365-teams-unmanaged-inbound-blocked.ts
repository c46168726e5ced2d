import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-teams-unmanaged-inbound-blocked',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'Unmanaged Teams accounts cannot start conversations with users',
  owner: 'Teams Administrator',
  rationale:
    'A personal (unmanaged) Teams account costs nothing to make and carries no organisation behind it. If such accounts can start chats, anyone can message staff directly, to phish them or to harvest addresses.',
  remediation:
    'Teams admin center > Users > External access > Organization settings > "Teams accounts not managed by an organization": Off, or leave it on and clear "External users with Teams accounts not managed by an organization can contact users in my organization". Or: Set-CsTenantFederationConfiguration -AllowTeamsConsumerInbound $false (or -AllowTeamsConsumer $false). To audit: Get-CsTenantFederationConfiguration | Select-Object AllowTeamsConsumer, AllowTeamsConsumerInbound. Not applicable to GCC, GCC High and DoD tenants.',
  references: {
    scuba: ['MS.TEAMS.2.2v2'],
    cis: ['8.2.3'],
    docs: ['https://learn.microsoft.com/powershell/module/teams/set-cstenantfederationconfiguration', 'https://learn.microsoft.com/microsoftteams/trusted-organizations-external-meetings-chat'],
  },
  reads: ['teamsFederationConfiguration'],
  evaluate({ teamsFederationConfiguration: f }) {
    // With AllowTeamsConsumer off, AllowTeamsConsumerInbound keeps whatever it was but has no effect.
    if (!f.allowTeamsConsumer) return { status: 'pass', summary: 'Communication with unmanaged Teams accounts is off.' };
    if (f.allowTeamsConsumerInbound === null) return { status: 'not_assessed', summary: 'Unmanaged Teams accounts are allowed, and the Teams admin API answered without AllowTeamsConsumerInbound.' };
    if (!f.allowTeamsConsumerInbound) return { status: 'pass', summary: 'Users may contact unmanaged Teams accounts, but those accounts cannot start conversations.' };
    return {
      status: 'fail',
      summary: 'Unmanaged Teams accounts can start conversations with users.',
      evidence: [{ kind: 'setting', name: 'Unmanaged Teams accounts can contact users', detail: 'AllowTeamsConsumer and AllowTeamsConsumerInbound are true' }],
    };
  },
});
