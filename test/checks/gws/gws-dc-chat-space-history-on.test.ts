import check from '../../../checks/gws/gws-dc-chat-space-history-on.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'chat.space_history';
const WEAK = { historyState: 'DEFAULT_HISTORY_ON' };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: "fails history that is off by default", patch: (t) => overlayRoot(t, S, { historyState: 'DEFAULT_HISTORY_OFF' }), expect: 'fail', evidence: ['/'] },
  { name: "fails when no policy shows space history (Google documents no default)", patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/'] },
  ...inheritanceCases(S, WEAK, 'chat'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
