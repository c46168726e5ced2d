import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-dc-chat-history-on',
  provider: 'gws',
  area: 'data-classification',
  severity: 'medium',
  title: 'Chat history is on by default and users cannot turn it off',
  owner: 'Super Admin',
  rationale:
    'Chats with history off disappear after 24 hours, out of reach of retention, eDiscovery and incident investigation. SCuBA asks for history on by default (GWS.CHAT.1.1) and for users not to be able to change it (1.2); Google’s defaults are the opposite of both.',
  remediation:
    'Admin console > Apps > Google Workspace > Google Chat > History for chats: set "Default conversation history" to ON and untick "Allow users to change their history setting"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.CHAT.1.1v1', 'GWS.CHAT.1.2v1'],
    docs: ['https://support.google.com/a/answer/7664184', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    const onByDefault = judgeSetting(policies, {
      spec: SETTINGS.chatHistory,
      fields: ['historyOnByDefault'],
      weak: (v) => (v.historyOnByDefault === true ? null : 'history is off by default'),
      passSummary: 'Chat history is on by default',
      failWhat: 'keep chat history off by default',
    });
    const locked = judgeSetting(policies, {
      spec: SETTINGS.chatHistory,
      fields: ['allowUserModification'],
      weak: (v) => (v.allowUserModification === false ? null : 'users can change their history setting'),
      passSummary: 'Users cannot change their chat history setting',
      failWhat: 'let users change their chat history setting',
    });
    return verdictPerControl({ 'GWS.CHAT.1.1v1': onByDefault, 'GWS.CHAT.1.2v1': locked });
  },
});
