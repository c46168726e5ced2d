import check from '../../../checks/gws/gws-share-drive-non-google-invites-off.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","allowNonGoogleInvites":true}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","allowNonGoogleInvites":true}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","allowNonGoogleInvites":true}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","allowNonGoogleInvites":true}, { ou: OU.engineering }); addPolicy(t, "drive_and_docs.external_sharing", goodValue(t, "drive_and_docs.external_sharing"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","allowNonGoogleInvites":true}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "drive_and_docs.external_sharing"), expect: 'fail', evidence: ['/'] },
  { name: 'skips an OU where the service is turned off', patch: (t) => { addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED","allowNonGoogleInvites":true}, { ou: OU.sales }); addPolicy(t, "drive_and_docs.service_status", { serviceState: 'DISABLED' }, { ou: OU.sales }); }, expect: 'pass' },
  { name: 'fails under allow-listed sharing when non-Google invites to allow-listed domains are on, even if the other field is off', patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", { externalSharingMode: 'ALLOWLISTED_DOMAINS', allowNonGoogleInvites: false, allowNonGoogleInvitesInAllowlistedDomains: true }), expect: 'fail', evidence: ['/', '/Sales'] },
  { name: 'passes under allow-listed sharing with allow-listed non-Google invites off', patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", { externalSharingMode: 'ALLOWLISTED_DOMAINS', allowNonGoogleInvites: true, allowNonGoogleInvitesInAllowlistedDomains: false }), expect: 'pass' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
