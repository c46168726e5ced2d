import check from '../../../checks/m365/m365-teams-anonymous-cannot-start-meetings.js';
import { checkTable } from '../../support/check-table.js';
import { safeMeetingPolicy } from './compliant-teams.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no meeting policy lets anonymous users start meetings', expect: 'pass', summary: 'All 2 meeting policies' },
  { name: 'fails naming the Global policy', patch: (t: T) => void (t.teamsMeetingPolicies[0]!.allowAnonymousUsersToStartMeeting = true), expect: 'fail', evidence: ['Global meeting policy'], summary: 'Global meeting policy lets anonymous users start meetings', controls: { 'MS.TEAMS.1.2v2': 'fail', '8.5.2': 'fail' } },
  {
    name: 'fails on every custom policy that allows it, listing them all',
    patch: (t: T) => {
      t.teamsMeetingPolicies[1]!.allowAnonymousUsersToStartMeeting = true;
      t.teamsMeetingPolicies.push(safeMeetingPolicy('Tag:AllOn', { allowAnonymousUsersToStartMeeting: true }));
    },
    expect: 'fail',
    evidence: ["meeting policy 'Executives'", "meeting policy 'AllOn'"],
    summary: '2 meeting policies let anonymous users start meetings',
    controls: { 'MS.TEAMS.1.2v2': 'fail', '8.5.2': 'pass' },
  },
  { name: 'is not assessed when the meeting policies cannot be read', unreadable: { teamsMeetingPolicies: true }, expect: 'not_assessed' },
]);
