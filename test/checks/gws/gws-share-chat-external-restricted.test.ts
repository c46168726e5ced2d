import check from '../../../checks/gws/gws-share-chat-external-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { goodValue, overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: 'fails when the top OU is weak, and names every inheriting OU', patch: (t) => overlayRoot(t, "chat.external_chat_restriction", {"allowExternalChat":true,"externalChatRestriction":"NO_RESTRICTION"}), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'] },
  { name: 'fails for a sub-OU that weakens the setting under a compliant top OU', patch: (t) => addPolicy(t, "chat.external_chat_restriction", {"allowExternalChat":true,"externalChatRestriction":"NO_RESTRICTION"}, { ou: OU.engineering }), expect: 'fail', evidence: ['/Engineering', '/Engineering/Contractors'], notEvidence: ['/', '/Sales'] },
  { name: 'fails for a group override that weakens the setting', patch: (t) => addPolicy(t, "chat.external_chat_restriction", {"allowExternalChat":true,"externalChatRestriction":"NO_RESTRICTION"}, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'a compliant child OU under a weak parent passes while the parent fails', patch: (t) => { addPolicy(t, "chat.external_chat_restriction", {"allowExternalChat":true,"externalChatRestriction":"NO_RESTRICTION"}, { ou: OU.engineering }); addPolicy(t, "chat.external_chat_restriction", goodValue(t, "chat.external_chat_restriction"), { ou: OU.contractors }); }, expect: 'fail', evidence: ['/Engineering'], notEvidence: ['/Engineering/Contractors'] },
  { name: 'ignores a policy that names a deleted OU', patch: (t) => addPolicy(t, "chat.external_chat_restriction", {"allowExternalChat":true,"externalChatRestriction":"NO_RESTRICTION"}, { ou: 'deleted0000000' }), expect: 'pass' },
  { name: 'uses Google\'s default when the setting is set nowhere', patch: (t) => removeSetting(t, "chat.external_chat_restriction"), expect: 'pass' },
  { name: 'skips an OU where the service is turned off', patch: (t) => { addPolicy(t, "chat.external_chat_restriction", {"allowExternalChat":true,"externalChatRestriction":"NO_RESTRICTION"}, { ou: OU.sales }); addPolicy(t, "chat.service_status", { serviceState: 'DISABLED' }, { ou: OU.sales }); }, expect: 'pass' },
  { name: "passes when external chat is off whatever the restriction", patch: (t) => overlayRoot(t, "chat.external_chat_restriction", {"allowExternalChat":false,"externalChatRestriction":"NO_RESTRICTION"}), expect: 'pass' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
