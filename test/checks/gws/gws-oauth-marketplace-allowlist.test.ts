import check from '../../../checks/gws/gws-oauth-marketplace-allowlist.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "workspace_marketplace.apps_access_options", {"accessLevel":"ALLOW_ALL"}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "workspace_marketplace.apps_access_options", {"accessLevel":"ALLOW_ALL"}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "workspace_marketplace.apps_access_options", {"accessLevel":"ALLOW_ALL"}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "workspace_marketplace.apps_access_options", {"accessLevel":"ALLOW_ALL"}, { ou: OU.engineering }); addPolicy(t, "workspace_marketplace.apps_access_options", goodValue(t, "workspace_marketplace.apps_access_options"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "workspace_marketplace.apps_access_options", {"accessLevel":"ALLOW_ALL"}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "workspace_marketplace.apps_access_options"), expect: 'fail', evidence: ['/'] },
  { name: "fails when ALLOW_NONE still allows every internal app (false negative in other tools)", patch: (t) => overlayRoot(t, "workspace_marketplace.apps_access_options", {"accessLevel":"ALLOW_NONE","allowAllInternalApps":true}), expect: 'fail' },
  { name: "passes with ALLOW_NONE", patch: (t) => overlayRoot(t, "workspace_marketplace.apps_access_options", {"accessLevel":"ALLOW_NONE","allowAllInternalApps":false}), expect: 'pass' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
