import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-teams-unmanaged-contact-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Users cannot communicate with unmanaged Teams accounts',
  owner: 'Teams Administrator',
  rationale:
    'Chats with personal Teams accounts leave the organisation\'s control: files and messages go to people no partner organisation vouches for, and a reply opens the way for their messages back.',
  remediation:
    'Teams admin center > Users > External access > Organization settings > "Teams accounts not managed by an organization": Off. Or: Set-CsTenantFederationConfiguration -AllowTeamsConsumer $false. To audit: Get-CsTenantFederationConfiguration | Select-Object AllowTeamsConsumer. Not applicable to GCC, GCC High and DoD tenants.',
  references: {
    scuba: ['MS.TEAMS.2.3v2'],
    cis: ['8.2.2'],
    docs: ['https://learn.microsoft.com/powershell/module/teams/set-cstenantfederationconfiguration', 'https://learn.microsoft.com/microsoftteams/trusted-organizations-external-meetings-chat'],
  },
  reads: ['teamsFederationConfiguration'],
  evaluate({ teamsFederationConfiguration: f }) {
    if (!f.allowTeamsConsumer) return { status: 'pass', summary: 'Communication with unmanaged Teams accounts is off.' };
    return {
      status: 'fail',
      summary: 'Users can communicate with unmanaged Teams accounts.',
      evidence: [{ kind: 'setting', name: 'Unmanaged Teams accounts allowed', detail: `AllowTeamsConsumer is true${f.allowTeamsConsumerInbound ? '; they can also start conversations (AllowTeamsConsumerInbound)' : ''}` }],
    };
  },
});
