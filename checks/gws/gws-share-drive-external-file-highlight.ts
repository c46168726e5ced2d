import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-drive-external-file-highlight',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'low',
  title: 'Drive marks files shared or owned externally as "external"',
  owner: 'Super Admin',
  rationale:
    'A visible "external" label tells users before they edit or add sensitive content that a file may be readable outside the organisation. Google documents no default for the setting, so a target whose policies never show it on is not shown to be compliant.',
  remediation:
    'Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings > Highlight external files: tick "Mark files shared or owned externally as \'external\'"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.DRIVEDOCS.1.9v1'],
    docs: ['https://support.google.com/a/answer/60781', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.driveExternalFileWarning,
      fields: ['highlightingEnabled'],
      weak: (v) => (v.highlightingEnabled === true ? null : v.highlightingEnabled === false ? 'external files are not highlighted' : 'external-file highlighting not shown as on (no policy returned)'),
      passSummary: 'External files are highlighted',
      failWhat: 'do not highlight external files',
    });
  },
});
