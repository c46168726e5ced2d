import { defineCheck } from '../../src/core/define-check.js';
import { globalControlVerdict, judgePolicies, mustBeOff } from '../../src/rules/m365/teams-policies.js';
import type { TeamsMeetingPolicy } from '../../src/snapshot/m365.js';

const rule = mustBeOff<TeamsMeetingPolicy>(
  'meeting policy',
  (p) => p.allowPstnUsersToBypassLobby,
  'AllowPSTNUsersToBypassLobby',
  { one: 'lets people dialing in bypass the lobby', many: 'let people dialing in bypass the lobby' },
  { one: 'keeps people dialing in waiting in the lobby', many: 'keep people dialing in waiting in the lobby' },
);

export default defineCheck({
  id: 'm365-teams-dial-in-lobby-bypass-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'People dialing in by phone wait in the lobby',
  owner: 'Teams Administrator',
  rationale:
    'A phone caller is identified only by a number anyone can spoof; let past the lobby, they hear the whole meeting without anyone admitting them.',
  remediation:
    'Teams admin center > Meetings > Meeting policies > Global (Org-wide default), then every custom policy > Meeting join & lobby: "People dialing in can bypass the lobby" Off. Or: Set-CsTeamsMeetingPolicy -Identity Global -AllowPSTNUsersToBypassLobby $false. To audit: Get-CsTeamsMeetingPolicy | Select-Object Identity, AllowPSTNUsersToBypassLobby.',
  references: {
    scuba: ['MS.TEAMS.1.5v1'],
    cis: ['8.5.4'],
    docs: ['https://learn.microsoft.com/powershell/module/teams/set-csteamsmeetingpolicy', 'https://learn.microsoft.com/microsoftteams/who-can-bypass-meeting-lobby'],
  },
  reads: ['teamsMeetingPolicies'],
  evaluate({ teamsMeetingPolicies }) {
    return { ...judgePolicies(teamsMeetingPolicies, rule), controls: { '8.5.4': globalControlVerdict(teamsMeetingPolicies, rule) } };
  },
});
