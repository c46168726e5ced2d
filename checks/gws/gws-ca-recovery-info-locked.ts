import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-ca-recovery-info-locked',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'low',
  title: "Users cannot add their own account recovery information",
  owner: 'Super Admin',
  rationale:
    "Recovery phone numbers and addresses that users add themselves are a path around the organisation’s account recovery (GWS.COMMONCONTROLS.8.3).",
  remediation:
    "Admin console > Security > Authentication > Account recovery: turn off the ability for users to add recovery information.",
  references: {
    scuba: ['GWS.COMMONCONTROLS.8.3v1'],
    docs: ['https://support.google.com/a/answer/9436964'],
  },
  reads: [],
  unreadable:
    "not exposed by the Policy API: only super admin and user self-recovery (security.*_account_recovery) are; ScubaGoggles checks this one manually.",
});
