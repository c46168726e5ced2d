import check from '../../../checks/gws/gws-share-drive-external-warning.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","warnForExternalSharing":false}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","warnForExternalSharing":false}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","warnForExternalSharing":false}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","warnForExternalSharing":false}, { ou: OU.engineering }); addPolicy(t, "drive_and_docs.external_sharing", goodValue(t, "drive_and_docs.external_sharing"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","warnForExternalSharing":false}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "drive_and_docs.external_sharing"), expect: 'pass' },
  { name: 'skips an OU where the service is turned off', patch: (t) => { addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","warnForExternalSharing":false}, { ou: OU.sales }); addPolicy(t, "drive_and_docs.service_status", { serviceState: 'DISABLED' }, { ou: OU.sales }); }, expect: 'pass' },
  { name: 'fails under allow-listed sharing when the allow-listed warning is off, even if the other field is on', patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", { externalSharingMode: 'ALLOWLISTED_DOMAINS', warnForExternalSharing: true, warnForSharingOutsideAllowlistedDomains: false }), expect: 'fail', evidence: ['/'], summary: /do not warn/ },
  { name: 'passes under allow-listed sharing when the allow-listed warning is on (the ALLOWED-mode field does not apply)', patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", { externalSharingMode: 'ALLOWLISTED_DOMAINS', warnForExternalSharing: false, warnForSharingOutsideAllowlistedDomains: true }), expect: 'pass' },
  { name: 'passes whatever the warning when external sharing is off', patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", { externalSharingMode: 'DISALLOWED', warnForExternalSharing: false }), expect: 'pass' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
