import check from '../../../checks/gws/gws-share-gmail-external-reply-warning.js';
import { checkTable } from '../../support/check-table.js';
import { forgetSetting, logChange } from './admin-log-patches.js';
import { compliantTenant } from './compliant-tenant.js';

const S = 'OutOfDomainWarningProto disable_untrusted_recipient_warning';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when the log shows the warning kept on at the top OU', expect: 'pass', controls: { 'GWS.GMAIL.13.1v1': 'pass', '3.1.3.5.4': 'pass' } },
  { name: 'fails when the top OU disables the warning', patch: (t) => logChange(t, S, 'true'), expect: 'fail', evidence: ['Example Org'], controls: { 'GWS.GMAIL.13.1v1': 'fail', '3.1.3.5.4': 'fail' } },
  { name: 'fails for a group override that disables it', patch: (t) => logChange(t, S, 'true', { group: 'finance@example.org' }), expect: 'fail', evidence: ['group finance@example.org'] },
  { name: 'is not assessed when the log holds no change of the setting', patch: (t) => forgetSetting(t, S), expect: 'not_assessed' },
  { name: 'is not assessed when the admin log cannot be read', unreadable: { adminSettingChanges: true }, expect: 'not_assessed' },
]);
