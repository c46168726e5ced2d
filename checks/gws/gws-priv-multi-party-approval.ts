import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-priv-multi-party-approval',
  provider: 'gws',
  area: 'privileged-access',
  severity: 'medium',
  title: "Sensitive admin actions require approval by a second administrator",
  owner: 'Super Admin',
  rationale:
    "Multi-party approval makes changes to sensitive settings (such as 2-Step Verification) wait for a second super admin, so one compromised admin account cannot silently weaken the tenant.",
  remediation:
    "Admin console > Security > Authentication > Multi-party approval settings: turn Require multi-party approval for sensitive actions On.",
  references: {
    scuba: ["GWS.COMMONCONTROLS.17.1v1"],
    docs: ["https://support.google.com/a/answer/13790448"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.multiPartyApproval,
      fields: ["multiPartyApprovalState"],
      weak: (v) => (v.multiPartyApprovalState === 'ENABLED' ? null : `multiPartyApprovalState is ${String(v.multiPartyApprovalState)}`),
      passSummary: "Multi-party approval is on",
      failWhat: "do not require multi-party approval",
    });
  },
});
