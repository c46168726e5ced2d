import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-dc-chat-space-history-on',
  provider: 'gws',
  area: 'data-classification',
  severity: 'low',
  title: 'History is always on in Chat spaces',
  owner: 'Super Admin',
  rationale:
    'Space messages without history are deleted after 24 hours, so retention and investigations lose them; "Always on" keeps every space’s history (GWS.CHAT.3.1, a SHOULD). Google documents no default for the setting.',
  remediation:
    'Admin console > Apps > Google Workspace > Google Chat > History for spaces: choose "Always ON"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.CHAT.3.1v1'],
    docs: ['https://support.google.com/a/answer/7664184', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.chatSpaceHistory,
      fields: ['historyState'],
      weak: (v) => (v.historyState === 'HISTORY_ALWAYS_ON' ? null : v.historyState === undefined ? 'space history not shown as always on (no policy returned)' : `space history is ${String(v.historyState)}`),
      passSummary: 'Space history is always on',
      failWhat: 'do not keep space history always on',
    });
  },
});
