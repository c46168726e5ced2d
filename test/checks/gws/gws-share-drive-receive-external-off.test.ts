import check from '../../../checks/gws/gws-share-drive-receive-external-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'drive_and_docs.external_sharing';
const WEAK = { allowReceivingExternalFiles: true };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: "fails an allow-listed mode that still receives files from other domains", patch: (t) => overlayRoot(t, S, { externalSharingMode: 'ALLOWLISTED_DOMAINS', allowReceivingFilesOutsideAllowlistedDomains: true }), expect: 'fail', evidence: ['/'] },
  { name: "passes an allow-listed mode that receives only from allow-listed domains", patch: (t) => overlayRoot(t, S, { externalSharingMode: 'ALLOWLISTED_DOMAINS', allowReceivingFilesOutsideAllowlistedDomains: false }), expect: 'pass' },
  { name: "fails open sharing (ALLOWED): files from any domain are received", patch: (t) => overlayRoot(t, S, { externalSharingMode: 'ALLOWED' }), expect: 'fail', summary: /non-allow-listed/ },
  { name: "uses Google's default (receiving allowed) when the setting is set nowhere", patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/'] },
  ...inheritanceCases(S, WEAK, 'drive_and_docs'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
