import check from '../../../checks/gws/gws-priv-google-support-access-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'access_approval.axa_user_scoping';
const WEAK = { requiresCustomerApproval: false };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass', controls: {'GWS.ASSUREDCONTROLS.1.1v1': 'pass', 'GWS.ASSUREDCONTROLS.1.2v1': 'pass'} },
  { name: "no approval required fails 1.1 only", patch: (t) => overlayRoot(t, S, { requiresCustomerApproval: false }), expect: 'fail', controls: {'GWS.ASSUREDCONTROLS.1.1v1': 'fail', 'GWS.ASSUREDCONTROLS.1.2v1': 'pass'} },
  { name: "EU-based support staff fail 1.2 only", patch: (t) => overlayRoot(t, 'access_management.user_scoping', { accessManagementRegime: 'EU_GOOGLE_STAFF' }), expect: 'fail', controls: {'GWS.ASSUREDCONTROLS.1.1v1': 'pass', 'GWS.ASSUREDCONTROLS.1.2v1': 'fail'} },
  { name: "the CJIS/IRS 1075 regime passes 1.2", patch: (t) => overlayRoot(t, 'access_management.user_scoping', { accessManagementRegime: 'CJIS_IRS_1075_GOOGLE_STAFF' }), expect: 'pass' },
  { name: "is not applicable without Assured Controls (neither setting returned)", patch: (t) => { removeSetting(t, S); removeSetting(t, 'access_management.user_scoping'); }, expect: 'not_applicable', controls: {'GWS.ASSUREDCONTROLS.1.1v1': 'not_applicable', 'GWS.ASSUREDCONTROLS.1.2v1': 'not_applicable'} },
  ...inheritanceCases(S, WEAK),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
