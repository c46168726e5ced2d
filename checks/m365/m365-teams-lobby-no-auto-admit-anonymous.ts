import { defineCheck } from '../../src/core/define-check.js';
import type { ControlVerdict } from '../../src/core/model.js';
import { globalOnly, judgePolicies, policyLabel, type PolicyRule } from '../../src/rules/m365/teams-policies.js';
import type { TeamsMeetingPolicy } from '../../src/snapshot/m365.js';

/** SCuBA: anonymous users and dial-in callers are not admitted automatically. */
const scubaRule: PolicyRule<TeamsMeetingPolicy> = {
  noun: 'meeting policy',
  standing: (p) => {
    if (p.autoAdmittedUsers === 'Everyone' || p.allowPstnUsersToBypassLobby === true) return 'fault';
    return p.autoAdmittedUsers === null || p.allowPstnUsersToBypassLobby === null ? 'unknown' : 'ok';
  },
  fault: { one: 'admits anonymous users or dial-in callers without the lobby', many: 'admit anonymous users or dial-in callers without the lobby' },
  detail: (p) => [p.autoAdmittedUsers === 'Everyone' ? 'AutoAdmittedUsers is Everyone' : '', p.allowPstnUsersToBypassLobby ? 'AllowPSTNUsersToBypassLobby is true' : ''].filter(Boolean).join('; '),
  pass: { one: 'keeps anonymous users and dial-in callers in the lobby', many: 'keep anonymous users and dial-in callers in the lobby' },
};

/** CIS: only people in the organisation (guests excluded), or fewer, bypass the lobby. */
const ORG_ONLY = ['EveryoneInCompanyExcludingGuests', 'OrganizerOnly', 'InvitedUsers'];

function cisVerdict(policies: readonly TeamsMeetingPolicy[]): ControlVerdict {
  const global = globalOnly(policies)[0];
  if (!global || global.autoAdmittedUsers === null) return { status: 'not_assessed', summary: 'The Teams admin API answered without AutoAdmittedUsers for the Global meeting policy.' };
  if (ORG_ONLY.includes(global.autoAdmittedUsers)) return { status: 'pass', summary: `Only people in the organisation bypass the lobby (${policyLabel(global.identity, 'meeting policy')}: AutoAdmittedUsers is ${global.autoAdmittedUsers}).` };
  return { status: 'fail', summary: `The ${policyLabel(global.identity, 'meeting policy')} lets ${global.autoAdmittedUsers} bypass the lobby; CIS asks for people in the organisation only (EveryoneInCompanyExcludingGuests) or fewer.` };
}

export default defineCheck({
  id: 'm365-teams-lobby-no-auto-admit-anonymous',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Anonymous users and dial-in callers are not admitted to meetings automatically',
  owner: 'Teams Administrator',
  rationale:
    'The lobby is where an organiser sees who is joining. Admitting everyone, or every phone caller, lets anyone who has the link into the meeting unseen.',
  remediation:
    'Teams admin center > Meetings > Meeting policies > Global (Org-wide default) > Meeting join & lobby: "Who can bypass the lobby" People in my org (not Everyone) and "People dialing in can bypass the lobby" Off. Custom policies may be looser for named organisers. Or: Set-CsTeamsMeetingPolicy -Identity Global -AutoAdmittedUsers EveryoneInCompanyExcludingGuests -AllowPSTNUsersToBypassLobby $false. To audit: Get-CsTeamsMeetingPolicy -Identity Global | Select-Object AutoAdmittedUsers, AllowPSTNUsersToBypassLobby.',
  references: {
    scuba: ['MS.TEAMS.1.3v1'],
    cis: ['8.5.3'],
    docs: ['https://learn.microsoft.com/powershell/module/teams/set-csteamsmeetingpolicy', 'https://learn.microsoft.com/microsoftteams/who-can-bypass-meeting-lobby'],
  },
  reads: ['teamsMeetingPolicies'],
  evaluate({ teamsMeetingPolicies }) {
    // SCuBA 1.3 covers the Global policy only: custom policies MAY admit more for chosen organisers.
    const global = globalOnly(teamsMeetingPolicies);
    const controls = { '8.5.3': cisVerdict(teamsMeetingPolicies) };
    if (global.length === 0) return { status: 'not_assessed', summary: 'The Teams admin API answered without a Global meeting policy.', controls };
    return { ...judgePolicies(global, scubaRule), controls };
  },
});
