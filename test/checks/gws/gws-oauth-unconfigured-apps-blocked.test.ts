import check from '../../../checks/gws/gws-oauth-unconfigured-apps-blocked.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "api_controls.unconfigured_third_party_apps", {"accessLevel":"ALLOW_SIGN_IN_SCOPES_ONLY"}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "api_controls.unconfigured_third_party_apps", {"accessLevel":"ALLOW_SIGN_IN_SCOPES_ONLY"}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "api_controls.unconfigured_third_party_apps", {"accessLevel":"ALLOW_SIGN_IN_SCOPES_ONLY"}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "api_controls.unconfigured_third_party_apps", {"accessLevel":"ALLOW_SIGN_IN_SCOPES_ONLY"}, { ou: OU.engineering }); addPolicy(t, "api_controls.unconfigured_third_party_apps", goodValue(t, "api_controls.unconfigured_third_party_apps"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "api_controls.unconfigured_third_party_apps", {"accessLevel":"ALLOW_SIGN_IN_SCOPES_ONLY"}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "api_controls.unconfigured_third_party_apps"), expect: 'fail', evidence: ['/'] },
  { name: "fails on UNSPECIFIED_UBER_BLOCK", patch: (t) => overlayRoot(t, "api_controls.unconfigured_third_party_apps", {"accessLevel":"UNSPECIFIED_UBER_BLOCK"}), expect: 'fail' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
