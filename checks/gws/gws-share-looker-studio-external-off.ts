import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-share-looker-studio-external-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'low',
  title: "Looker Studio content cannot be shared outside the organisation",
  owner: 'Super Admin',
  rationale:
    "Looker Studio reports often embed data pulled from Sheets, BigQuery and other sources; sharing them outside the organisation publishes that data (GWS.COMMONCONTROLS.16.3).",
  remediation:
    "Admin console > Apps > Additional Google services > Looker Studio > Sharing options: turn off sharing outside the organisation.",
  references: {
    scuba: ['GWS.COMMONCONTROLS.16.3v1'],
    docs: ['https://support.google.com/a/answer/7042208'],
  },
  reads: [],
  unreadable:
    "not exposed by the Policy API: Looker Studio sharing options are not among its settings; ScubaGoggles checks them manually.",
});
