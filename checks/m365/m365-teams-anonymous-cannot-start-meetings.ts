import { defineCheck } from '../../src/core/define-check.js';
import { globalControlVerdict, judgePolicies, mustBeOff } from '../../src/rules/m365/teams-policies.js';
import type { TeamsMeetingPolicy } from '../../src/snapshot/m365.js';

const rule = mustBeOff<TeamsMeetingPolicy>(
  'meeting policy',
  (p) => p.allowAnonymousUsersToStartMeeting,
  'AllowAnonymousUsersToStartMeeting',
  { one: 'lets anonymous users start meetings', many: 'let anonymous users start meetings' },
  { one: 'keeps anonymous users and dial-in callers from starting meetings', many: 'keep anonymous users and dial-in callers from starting meetings' },
);

export default defineCheck({
  id: 'm365-teams-anonymous-cannot-start-meetings',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'Anonymous users and dial-in callers cannot start meetings',
  owner: 'Teams Administrator',
  rationale:
    'A meeting an anonymous user can start runs with no one from the organisation present: it can be used to reach invited staff and harvest their contact details under the organisation\'s name.',
  remediation:
    'Teams admin center > Meetings > Meeting policies > Global (Org-wide default), then every custom policy > Meeting join & lobby: "Anonymous users and dial-in callers can start a meeting" Off. Or: Set-CsTeamsMeetingPolicy -Identity Global -AllowAnonymousUsersToStartMeeting $false. To audit: Get-CsTeamsMeetingPolicy | Select-Object Identity, AllowAnonymousUsersToStartMeeting.',
  references: {
    scuba: ['MS.TEAMS.1.2v2'],
    cis: ['8.5.2'],
    docs: ['https://learn.microsoft.com/powershell/module/teams/set-csteamsmeetingpolicy', 'https://learn.microsoft.com/microsoftteams/anonymous-users-in-meetings'],
  },
  reads: ['teamsMeetingPolicies'],
  evaluate({ teamsMeetingPolicies }) {
    return { ...judgePolicies(teamsMeetingPolicies, rule), controls: { '8.5.2': globalControlVerdict(teamsMeetingPolicies, rule) } };
  },
});
