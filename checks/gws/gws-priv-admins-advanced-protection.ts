import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-priv-admins-advanced-protection',
  provider: 'gws',
  area: 'privileged-access',
  severity: 'high',
  title: "Highly privileged and sensitive accounts are enrolled in the Advanced Protection Program",
  owner: 'Super Admin',
  rationale:
    "Advanced Protection adds security-key-only sign-in, blocks most third-party access and adds stricter download scanning for the accounts attackers want most (GWS.COMMONCONTROLS.9.1 for highly privileged accounts, 9.2 for sensitive ones).",
  remediation:
    "Admin console > Security > Authentication > Advanced Protection Program: allow enrolment (self-enrolment on, security codes not allowed), then have each super admin and each sensitive user enrol at g.co/advancedprotection; review enrolment in Reporting > User reports > Security.",
  references: {
    scuba: ['GWS.COMMONCONTROLS.9.1v1', 'GWS.COMMONCONTROLS.9.2v1'],
    docs: ['https://support.google.com/a/answer/9378686'],
  },
  reads: [],
  unreadable:
    "not exposed by the Policy or Directory API: per-user Advanced Protection enrolment is shown only in the Admin console user reports (and as enrolment events in the Reports API user_accounts log while they are retained); ScubaGoggles checks it manually.",
});
