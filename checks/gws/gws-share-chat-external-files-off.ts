import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-chat-external-files-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: "Files cannot be shared in Google Chat with external users",
  owner: 'Super Admin',
  rationale:
    "Files posted into external chats leave the organisation outside Drive’s sharing controls and DLP.",
  remediation:
    "Admin console > Apps > Google Workspace > Google Chat > Chat file sharing: set External filesharing to \"No files\"; set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.CHAT.2.1v1"],
    cis: ["3.1.4.1.1"],
    docs: ["https://support.google.com/a/answer/9540647"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.chatFileSharing,
      fields: ["externalFileSharing"],
      weak: (v) => (v.externalFileSharing === 'NO_FILES' ? null : `externalFileSharing is ${String(v.externalFileSharing)}`),
      passSummary: "External file sharing in Chat is off",
      failWhat: "allow sharing files with external chat users",
    });
  },
});
