import check from '../../../checks/m365/m365-teams-external-control-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no meeting policy lets external participants take control', expect: 'pass', controls: { 'MS.TEAMS.1.1v1': 'pass', '8.5.7': 'pass' } },
  { name: 'fails naming the Global policy', patch: (t: T) => void (t.teamsMeetingPolicies[0]!.allowExternalParticipantGiveRequestControl = true), expect: 'fail', evidence: ['Global meeting policy'], summary: 'Global meeting policy lets external participants', controls: { 'MS.TEAMS.1.1v1': 'fail', '8.5.7': 'fail' } },
  {
    name: 'fails SCuBA on a custom policy while CIS, which judges the Global policy, passes',
    patch: (t: T) => void (t.teamsMeetingPolicies[1]!.allowExternalParticipantGiveRequestControl = true),
    expect: 'fail',
    evidence: ["meeting policy 'Executives'"],
    notEvidence: ['Global meeting policy'],
    controls: { 'MS.TEAMS.1.1v1': 'fail', '8.5.7': 'pass' },
  },
  { name: 'is not assessed when the setting was left out of the answer', patch: (t: T) => void (t.teamsMeetingPolicies[0]!.allowExternalParticipantGiveRequestControl = null), expect: 'not_assessed' },
  { name: 'is not assessed when the meeting policies cannot be read', unreadable: { teamsMeetingPolicies: { permission: 'Entra role Global Reader (on the app)' } }, expect: 'not_assessed' },
]);
