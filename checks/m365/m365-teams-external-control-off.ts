import { defineCheck } from '../../src/core/define-check.js';
import { globalControlVerdict, judgePolicies, mustBeOff } from '../../src/rules/m365/teams-policies.js';
import type { TeamsMeetingPolicy } from '../../src/snapshot/m365.js';

const rule = mustBeOff<TeamsMeetingPolicy>(
  'meeting policy',
  (p) => p.allowExternalParticipantGiveRequestControl,
  'AllowExternalParticipantGiveRequestControl',
  { one: 'lets external participants give or request control of shared screens', many: 'let external participants give or request control of shared screens' },
  { one: 'keeps external participants from giving or requesting control', many: 'keep external participants from giving or requesting control' },
);

export default defineCheck({
  id: 'm365-teams-external-control-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'External meeting participants cannot give or request control of shared screens',
  owner: 'Teams Administrator',
  rationale:
    'An outside participant who is handed control of a shared desktop or window can act with the presenter\'s session: open files, click links, run commands.',
  remediation:
    'Teams admin center > Meetings > Meeting policies > Global (Org-wide default), then every custom policy > Content sharing: "External participants can give or request control" Off. Or: Set-CsTeamsMeetingPolicy -Identity Global -AllowExternalParticipantGiveRequestControl $false. To audit: Get-CsTeamsMeetingPolicy | Select-Object Identity, AllowExternalParticipantGiveRequestControl.',
  references: {
    scuba: ['MS.TEAMS.1.1v1'],
    cis: ['8.5.7'],
    docs: ['https://learn.microsoft.com/powershell/module/teams/set-csteamsmeetingpolicy', 'https://learn.microsoft.com/microsoftteams/meeting-policies-content-sharing'],
  },
  reads: ['teamsMeetingPolicies'],
  evaluate({ teamsMeetingPolicies }) {
    // SCuBA judges every meeting policy; CIS judges the Global policy.
    return { ...judgePolicies(teamsMeetingPolicies, rule), controls: { '8.5.7': globalControlVerdict(teamsMeetingPolicies, rule) } };
  },
});
