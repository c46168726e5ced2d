import check from '../../../checks/gws/gws-share-calendar-interop-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'calendar.interoperability';
const WEAK = { enableInteroperability: true };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: "passes on the default (off) when the setting is set nowhere", patch: (t) => removeSetting(t, S), expect: 'pass' },
  { name: 'fails where Calendar Interop is turned on', patch: (t) => overlayRoot(t, S, WEAK), expect: 'fail', evidence: ['/'] },
  ...inheritanceCases(S, WEAK, 'calendar'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
