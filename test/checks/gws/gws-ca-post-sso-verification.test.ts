import check from '../../../checks/gws/gws-ca-post-sso-verification.js';
import { checkTable } from '../../support/check-table.js';
import { forgetSetting, logChange } from './admin-log-patches.js';
import { compliantTenant } from './compliant-tenant.js';

const OWN = 'SsoPolicyProto challenge_selection_behavior';
const OTHER = 'SsoPolicyProto sso_profile_challenge_selection_behavior';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when the log shows verification turned on at the top OU for both profiles', expect: 'pass', controls: { 'GWS.COMMONCONTROLS.3.1v1': 'pass', 'GWS.COMMONCONTROLS.3.2v1': 'pass' } },
  { name: 'verification turned off for the own profile fails 3.1 only', patch: (t) => logChange(t, OWN, 'NO_CHALLENGE_SELECTION'), expect: 'fail', evidence: ['Example Org'], controls: { 'GWS.COMMONCONTROLS.3.1v1': 'fail', 'GWS.COMMONCONTROLS.3.2v1': 'pass' } },
  { name: 'a sub-OU that turns it off for other profiles fails 3.2 only', patch: (t) => logChange(t, OTHER, 'SSO_PROFILES_NO_CHALLENGE_SELECTION', { orgUnit: 'Sales' }), expect: 'fail', evidence: ['Sales'], controls: { 'GWS.COMMONCONTROLS.3.1v1': 'pass', 'GWS.COMMONCONTROLS.3.2v1': 'fail' } },
  { name: 'a sub-OU whose override was deleted (inherits again) is not failed', patch: (t) => logChange(t, OWN, null, { orgUnit: 'Sales' }), expect: 'pass' },
  { name: 'the top OU logged as "/" counts as the top OU', patch: (t) => { forgetSetting(t, OWN); logChange(t, OWN, 'PERFORM_CHALLENGE_SELECTION', { orgUnit: '/' }); }, expect: 'pass' },
  { name: 'is not assessed (never a pass on the default) when the log shows no change at the top OU', patch: (t) => forgetSetting(t, OWN), expect: 'not_assessed', summary: /not visible/, controls: { 'GWS.COMMONCONTROLS.3.1v1': 'not_assessed', 'GWS.COMMONCONTROLS.3.2v1': 'pass' } },
  { name: 'a weak change still fails when the top OU is not in the log', patch: (t) => { forgetSetting(t, OWN); logChange(t, OWN, 'NO_CHALLENGE_SELECTION', { orgUnit: 'Engineering' }); }, expect: 'fail', evidence: ['Engineering'] },
  { name: 'is not assessed when the admin log cannot be read', unreadable: { adminSettingChanges: { code: 'permission', message: 'Not Authorized to access this resource/api', permission: 'https://www.googleapis.com/auth/admin.reports.audit.readonly' } }, expect: 'not_assessed', summary: /admin.reports.audit.readonly/ },
]);
