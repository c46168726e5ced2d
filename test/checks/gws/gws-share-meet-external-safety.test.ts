import check from '../../../checks/gws/gws-share-meet-external-safety.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'meet.meet_joining';
const WEAK = { allowedAudience: 'OPEN' };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass', controls: {'GWS.MEET.1.1v1': 'pass', 'GWS.MEET.2.1v1': 'pass', 'GWS.MEET.4.1v1': 'pass'} },
  { name: "anyone joining without asking fails 1.1 only", patch: (t) => overlayRoot(t, S, { allowedAudience: 'OPEN' }), expect: 'fail', controls: {'GWS.MEET.1.1v1': 'fail', 'GWS.MEET.2.1v1': 'pass', 'GWS.MEET.4.1v1': 'pass'} },
  { name: "trusted domains joining without asking passes 1.1", patch: (t) => overlayRoot(t, S, { allowedAudience: 'TRUSTED' }), expect: 'pass' },
  { name: "joining meetings of personal accounts fails 2.1 only", patch: (t) => overlayRoot(t, 'meet.safety_access', { meetingsAllowedToJoin: 'ALL' }), expect: 'fail', controls: {'GWS.MEET.1.1v1': 'pass', 'GWS.MEET.2.1v1': 'fail', 'GWS.MEET.4.1v1': 'pass'} },
  { name: "joining meetings of any Workspace organisation passes 2.1", patch: (t) => overlayRoot(t, 'meet.safety_access', { meetingsAllowedToJoin: 'ANY_WORKSPACE_ORGANIZATION' }), expect: 'pass' },
  { name: "no external label fails 4.1 only", patch: (t) => overlayRoot(t, 'meet.safety_external_participants', { enableExternalLabel: false }), expect: 'fail', controls: {'GWS.MEET.1.1v1': 'pass', 'GWS.MEET.2.1v1': 'pass', 'GWS.MEET.4.1v1': 'fail'} },
  { name: "a setting no policy shows fails its own control as not shown", patch: (t) => removeSetting(t, 'meet.safety_external_participants'), expect: 'fail', summary: /do not label/, controls: {'GWS.MEET.4.1v1': 'fail', 'GWS.MEET.1.1v1': 'pass'} },
  ...inheritanceCases(S, WEAK, 'meet'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
