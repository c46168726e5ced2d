import check from '../../../checks/gws/gws-share-drive-external-mode.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED"}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED"}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED"}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED"}, { ou: OU.engineering }); addPolicy(t, "drive_and_docs.external_sharing", goodValue(t, "drive_and_docs.external_sharing"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED"}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "drive_and_docs.external_sharing"), expect: 'fail', evidence: ['/'] },
  { name: 'skips an OU where the service is turned off', patch: (t) => { addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED"}, { ou: OU.sales }); addPolicy(t, "drive_and_docs.service_status", { serviceState: 'DISABLED' }, { ou: OU.sales }); }, expect: 'pass' },
  // GWS.DRIVEDOCS.1.1v1 is read by its instructions ("OFF") and ScubaGoggles' Rego (!= DISALLOWED); CIS 3.1.2.1.1.3 asks for an allow-list.
  { name: "fails on allow-listed domains under the strict profile, on SCuBA 1.1 only: CIS 3.1.2.1.1.3 (domain allow-list) passes", patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWLISTED_DOMAINS"}), expect: 'fail', evidence: ['/'], controls: { 'GWS.DRIVEDOCS.1.1v1': 'fail', '3.1.2.1.1.3': 'pass' } },
  { name: "fails on allow-listed domains under the scuba profile, CIS 3.1.2.1.1.3 keeping its pass", patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWLISTED_DOMAINS"}), settings: {"profile":"scuba"}, expect: 'fail', controls: { 'GWS.DRIVEDOCS.1.1v1': 'fail', '3.1.2.1.1.3': 'pass' } },
  { name: "passes on allow-listed domains under the cis profile, SCuBA 1.1 keeping its fail", patch: (t) => overlayRoot(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWLISTED_DOMAINS"}), settings: {"profile":"cis"}, expect: 'pass', controls: { 'GWS.DRIVEDOCS.1.1v1': 'fail', '3.1.2.1.1.3': 'pass' } },
  { name: "sharing with anyone fails both controls under the cis profile", patch: (t) => addPolicy(t, "drive_and_docs.external_sharing", {"externalSharingMode":"ALLOWED"}, { ou: OU.sales }), settings: {"profile":"cis"}, expect: 'fail', evidence: ['/Sales'], notEvidence: ['/'], controls: { 'GWS.DRIVEDOCS.1.1v1': 'fail', '3.1.2.1.1.3': 'fail' } },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
