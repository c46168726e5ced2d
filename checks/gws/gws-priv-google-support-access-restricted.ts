import { defineCheck } from '../../src/core/define-check.js';
import type { Verdict } from '../../src/core/model.js';
import { settingTypesSpelt } from '../../src/rules/gws/effective-settings.js';
import { judgeSetting, verdictPerControl, type WeaknessTest } from '../../src/rules/gws/setting-verdict.js';
import type { GwsPolicies } from '../../src/snapshot/gws.js';

/**
 * Both settings come with Assured Controls. Their setting types are matched the way ScubaGoggles spells them
 * (policy_api.py, dots read as underscores); a tenant without that licence returns neither and is not applicable.
 */
function judgeAssured(policies: GwsPolicies, key: string, field: string, weak: WeaknessTest, passSummary: string, failWhat: string): Verdict {
  const types = settingTypesSpelt(policies, key);
  if (types.length === 0) return { status: 'not_applicable', summary: 'The Policy API returned no such setting: Assured Controls is not part of this tenant.' };
  return judgeSetting(policies, { spec: { type: types[0]!, defaults: {} }, fields: [field], weak, passSummary, failWhat });
}

export default defineCheck({
  id: 'gws-priv-google-support-access-restricted',
  provider: 'gws',
  area: 'privileged-access',
  severity: 'low',
  title: 'Google support staff need approval to view data, and only U.S.-based staff may (Assured Controls)',
  owner: 'Super Admin',
  rationale:
    'With Access Approvals, Google staff must ask before viewing customer data for a support case (GWS.ASSUREDCONTROLS.1.1); Access Management limits support to staff in a chosen region, U.S.-based for U.S. agencies (1.2). Both need an Assured Controls licence.',
  remediation:
    'Admin console > Data > Compliance > Access Approvals: tick "Require Google staff to request approval before viewing data necessary for support services"; Data > Compliance > Access Management: limit access to U.S.-based Google staff (or the CJIS/IRS 1075 regime where that applies).',
  references: {
    scuba: ['GWS.ASSUREDCONTROLS.1.1v1', 'GWS.ASSUREDCONTROLS.1.2v1'],
    docs: ['https://support.google.com/a/answer/9843098', 'https://support.google.com/a/answer/9226954'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return verdictPerControl({
      'GWS.ASSUREDCONTROLS.1.1v1': judgeAssured(policies, 'access_approval_axa_user_scoping', 'requiresCustomerApproval', (v) => (v.requiresCustomerApproval === true ? null : 'Google staff need no approval to view data'), 'Google staff must request approval to view data', 'let Google staff view data without approval'),
      'GWS.ASSUREDCONTROLS.1.2v1': judgeAssured(policies, 'access_management_user_scoping', 'accessManagementRegime', (v) => (['US_GOOGLE_STAFF', 'CJIS_IRS_1075_GOOGLE_STAFF'].includes(String(v.accessManagementRegime)) ? null : `support access regime is ${String(v.accessManagementRegime ?? 'not shown (no value returned)')}`), 'Support access is limited to U.S.-based Google staff', 'do not limit support access to U.S.-based Google staff'),
    });
  },
});
