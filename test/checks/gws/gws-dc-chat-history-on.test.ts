import check from '../../../checks/gws/gws-dc-chat-history-on.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, OU, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'chat.chat_history';
const WEAK = { historyOnByDefault: false };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass', controls: {'GWS.CHAT.1.1v1': 'pass', 'GWS.CHAT.1.2v1': 'pass'} },
  { name: "history off by default fails 1.1 only", patch: (t) => overlayRoot(t, S, { historyOnByDefault: false }), expect: 'fail', controls: {'GWS.CHAT.1.1v1': 'fail', 'GWS.CHAT.1.2v1': 'pass'} },
  { name: "users able to change history fail 1.2 only", patch: (t) => overlayRoot(t, S, { allowUserModification: true }), expect: 'fail', controls: {'GWS.CHAT.1.1v1': 'pass', 'GWS.CHAT.1.2v1': 'fail'} },
  { name: "a sub-OU that sets only one field keeps the other from its parent (Merge reducer)", patch: (t) => addPolicy(t, S, { historyOnByDefault: true }, { ou: OU.sales }), expect: 'pass' },
  { name: "uses Google's defaults (off by default, users may change it) when set nowhere: both fail", patch: (t) => removeSetting(t, S), expect: 'fail', controls: {'GWS.CHAT.1.1v1': 'fail', 'GWS.CHAT.1.2v1': 'fail'} },
  ...inheritanceCases(S, WEAK, 'chat'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
