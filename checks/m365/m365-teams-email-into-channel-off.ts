import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-teams-email-into-channel-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Channels cannot receive email',
  owner: 'Teams Administrator',
  rationale:
    'A channel\'s email address is on a Microsoft domain (teams.ms), not the organisation\'s, so mail to it escapes the organisation\'s own mail rules, and anyone who learns the address can post into the channel.',
  remediation:
    'Teams admin center > Teams > Teams settings > Email integration: "Users can send emails to a channel email address" Off. Or: Set-CsTeamsClientConfiguration -Identity Global -AllowEmailIntoChannel $false. To audit: Get-CsTeamsClientConfiguration | Select-Object AllowEmailIntoChannel. Not applicable to GCC, GCC High and DoD tenants.',
  references: {
    scuba: ['MS.TEAMS.4.1v1'],
    cis: ['8.1.2'],
    docs: ['https://learn.microsoft.com/powershell/module/teams/set-csteamsclientconfiguration'],
  },
  reads: ['teamsClientConfiguration'],
  evaluate({ teamsClientConfiguration: c }) {
    if (!c.allowEmailIntoChannel) return { status: 'pass', summary: 'Teams email integration is off: channels have no email address.' };
    return {
      status: 'fail',
      summary: 'Teams email integration is on: channels can receive email.',
      evidence: [{ kind: 'setting', name: 'Email into channels allowed', detail: `Teams client configuration ${c.identity}: AllowEmailIntoChannel is true` }],
    };
  },
});
