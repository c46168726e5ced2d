import check from '../../../checks/gws/gws-dc-gmail-comprehensive-storage.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';

const S = 'gmail.comprehensive_mail_storage';
const WEAK = { enabled: false };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: "fails when no policy shows comprehensive storage on (Google documents no default)", patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/'] },
  ...inheritanceCases(S, WEAK, 'gmail'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
