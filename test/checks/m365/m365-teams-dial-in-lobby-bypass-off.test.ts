import check from '../../../checks/m365/m365-teams-dial-in-lobby-bypass-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when dial-in callers wait in the lobby under every policy', expect: 'pass' },
  { name: 'fails naming the Global policy', patch: (t: T) => void (t.teamsMeetingPolicies[0]!.allowPstnUsersToBypassLobby = true), expect: 'fail', evidence: ['Global meeting policy'], summary: 'lets people dialing in bypass the lobby', controls: { 'MS.TEAMS.1.5v1': 'fail', '8.5.4': 'fail' } },
  { name: 'fails SCuBA on a custom policy; CIS judges the Global one', patch: (t: T) => void (t.teamsMeetingPolicies[1]!.allowPstnUsersToBypassLobby = true), expect: 'fail', evidence: ["meeting policy 'Executives'"], controls: { 'MS.TEAMS.1.5v1': 'fail', '8.5.4': 'pass' } },
  { name: 'is not assessed when the meeting policies cannot be read', unreadable: { teamsMeetingPolicies: true }, expect: 'not_assessed' },
]);
