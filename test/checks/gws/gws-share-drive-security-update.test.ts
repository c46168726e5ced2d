import check from '../../../checks/gws/gws-share-drive-security-update.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'drive_and_docs.file_security_update';
const WEAK = { securityUpdate: 'REMOVE_FROM_IMPACTED_FILES' };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: "fails when users may remove the update themselves", patch: (t) => overlayRoot(t, S, { allowUsersToManageUpdate: true }), expect: 'fail', evidence: ['/'] },
  { name: "fails when no policy shows the update applied", patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/'] },
  ...inheritanceCases(S, WEAK, 'drive_and_docs'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
