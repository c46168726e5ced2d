import check from '../../../checks/gws/gws-share-shared-drive-settings.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "drive_and_docs.shared_drive_creation", {"allowExternalUserAccess":true}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "drive_and_docs.shared_drive_creation", {"allowExternalUserAccess":true}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "drive_and_docs.shared_drive_creation", {"allowExternalUserAccess":true}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "drive_and_docs.shared_drive_creation", {"allowExternalUserAccess":true}, { ou: OU.engineering }); addPolicy(t, "drive_and_docs.shared_drive_creation", goodValue(t, "drive_and_docs.shared_drive_creation"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "drive_and_docs.shared_drive_creation", {"allowExternalUserAccess":true}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "drive_and_docs.shared_drive_creation"), expect: 'fail', evidence: ['/'] },
  { name: 'skips an OU where the service is turned off', patch: (t) => { addPolicy(t, "drive_and_docs.shared_drive_creation", {"allowExternalUserAccess":true}, { ou: OU.sales }); addPolicy(t, "drive_and_docs.service_status", { serviceState: 'DISABLED' }, { ou: OU.sales }); }, expect: 'pass' },
  { name: 'fails when non-members cannot be added to files (GWS.DRIVEDOCS.2.2 SHALL allow them)', patch: (t) => overlayRoot(t, "drive_and_docs.shared_drive_creation", {"allowNonMemberAccess":false}), expect: 'fail', evidence: ['/'] },
  { name: 'fails on non-member access off under the scuba profile too', patch: (t) => overlayRoot(t, "drive_and_docs.shared_drive_creation", {"allowNonMemberAccess":false}), settings: { profile: 'scuba' }, expect: 'fail' },
  { name: 'does not judge non-member access under the cis profile (CIS asks the opposite)', patch: (t) => overlayRoot(t, "drive_and_docs.shared_drive_creation", {"allowNonMemberAccess":false}), settings: { profile: 'cis' }, expect: 'pass' },
  { name: 'fails external user access under the cis profile', patch: (t) => overlayRoot(t, "drive_and_docs.shared_drive_creation", {"allowExternalUserAccess":true}), settings: { profile: 'cis' }, expect: 'fail' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
