import check from '../../../checks/m365/m365-teams-lobby-no-auto-admit-anonymous.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when only people in the organisation bypass the lobby', expect: 'pass', controls: { 'MS.TEAMS.1.3v1': 'pass', '8.5.3': 'pass' } },
  { name: 'fails when the Global policy admits everyone', patch: (t: T) => void (t.teamsMeetingPolicies[0]!.autoAdmittedUsers = 'Everyone'), expect: 'fail', evidence: ['Global meeting policy'], controls: { 'MS.TEAMS.1.3v1': 'fail', '8.5.3': 'fail' } },
  { name: 'fails when the Global policy lets dial-in callers bypass the lobby', patch: (t: T) => void (t.teamsMeetingPolicies[0]!.allowPstnUsersToBypassLobby = true), expect: 'fail', evidence: ['Global meeting policy'], summary: 'admits anonymous users or dial-in callers' },
  {
    name: 'passes SCuBA but fails CIS when guests and federated users bypass the lobby',
    patch: (t: T) => void (t.teamsMeetingPolicies[0]!.autoAdmittedUsers = 'EveryoneInSameAndFederatedCompany'),
    expect: 'pass',
    controls: { 'MS.TEAMS.1.3v1': 'pass', '8.5.3': 'fail' },
  },
  { name: 'lets a custom policy admit everyone (SCuBA allows looser custom policies)', patch: (t: T) => void (t.teamsMeetingPolicies[1]!.autoAdmittedUsers = 'Everyone'), expect: 'pass' },
  { name: 'is not assessed when the answer has no Global policy', patch: (t: T) => void t.teamsMeetingPolicies.shift(), expect: 'not_assessed', controls: { '8.5.3': 'not_assessed' } },
  { name: 'is not assessed when the meeting policies cannot be read', unreadable: { teamsMeetingPolicies: true }, expect: 'not_assessed' },
]);
