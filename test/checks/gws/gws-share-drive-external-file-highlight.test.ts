import check from '../../../checks/gws/gws-share-drive-external-file-highlight.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';

const S = 'drive_and_docs.external_file_warning';
const WEAK = { highlightingEnabled: false };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: "fails when no policy shows highlighting on (Google documents no default)", patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/'], summary: /do not highlight/ },
  ...inheritanceCases(S, WEAK, 'drive_and_docs'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
