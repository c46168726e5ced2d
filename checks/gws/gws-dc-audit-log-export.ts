import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-dc-audit-log-export',
  provider: 'gws',
  area: 'data-classification',
  severity: 'medium',
  title: "Critical audit logs go to the agency SIEM and are kept long enough",
  owner: 'Super Admin',
  rationale:
    "Logs kept only in the Admin console expire after about six months and cannot be correlated; SCuBA asks for the critical logs in a central SIEM (GWS.COMMONCONTROLS.14.1) and for 3 months searchable, 12 months retrievable retention (14.2).",
  remediation:
    "Admin console > Account > Account settings > Legal and compliance (or Reporting > BigQuery Export): export activity logs to BigQuery or the SIEM connector, and set the SIEM retention to at least 3 months searchable and 12 months retrievable.",
  references: {
    scuba: ['GWS.COMMONCONTROLS.14.1v1', 'GWS.COMMONCONTROLS.14.2v1'],
    docs: ['https://support.google.com/a/answer/9079365'],
  },
  reads: [],
  unreadable:
    "not exposed by any Workspace API: the BigQuery or SIEM export configuration and the retention kept there are outside the Admin SDK and the Policy API; ScubaGoggles checks them manually.",
});
