import check from '../../../checks/gws/gws-share-takeout-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, OU, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'takeout.service_status';
const WEAK = { serviceState: 'ENABLED' };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: "fails when one service with its own control allows Takeout", patch: (t) => overlayRoot(t, 'youtube.user_takeout', { takeoutStatus: 'ENABLED' }), expect: 'fail', summary: /YouTube/ },
  { name: "fails a sub-OU that allows Takeout for Google Photos", patch: (t) => addPolicy(t, 'photos.user_takeout', { takeoutStatus: 'ENABLED' }, { ou: OU.sales }), expect: 'fail', evidence: ['/Sales'], notEvidence: ['/'] },
  { name: "fails when no policy shows Takeout off", patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/'] },
  { name: "a service with its own control returned nowhere is not judged (it may not be in the plan)", patch: (t) => removeSetting(t, 'youtube.user_takeout'), expect: 'pass' },
  ...inheritanceCases(S, WEAK),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
