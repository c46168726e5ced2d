import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-chat-external-restricted',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: "Google Chat with external users is off or limited to trusted domains",
  owner: 'Super Admin',
  rationale:
    "External chat is a phishing and data-loss channel that mail filtering does not see.",
  remediation:
    "Admin console > Apps > Google Workspace > Google Chat > External chat settings: turn Allow users to send messages outside the organisation off, or On with \"Only allowlisted domains\"; set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.CHAT.4.1v1"],
    cis: ['3.1.4.2.1'],
    docs: ["https://support.google.com/a/answer/7651360"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.chatExternal,
      fields: ["allowExternalChat","externalChatRestriction"],
      weak: (v) => (v.allowExternalChat !== true || v.externalChatRestriction === 'TRUSTED_DOMAINS' ? null : `external chat open (${String(v.externalChatRestriction)})`),
      passSummary: "External chat is off or limited to trusted domains",
      failWhat: "allow chat with any external user",
    });
  },
});
