import check from '../../../checks/m365/m365-exo-mailtips-external.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when MailTips for outside recipients are on', expect: 'pass' },
  { name: 'fails when the external recipients tip is off', patch: (t: T) => void (t.exoOrganizationConfig.mailTipsExternalRecipientsTipsEnabled = false), expect: 'fail', evidence: ['Organization config MailTipsExternalRecipientsTipsEnabled'] },
  { name: 'fails when all tips are off', patch: (t: T) => void (t.exoOrganizationConfig.mailTipsAllTipsEnabled = false), expect: 'fail' },
  {
    name: 'fails CIS 6.5.2 when the group metrics tips are off (was a pass on the two other settings)',
    patch: (t: T) => void (t.exoOrganizationConfig.mailTipsGroupMetricsEnabled = false),
    expect: 'fail',
    evidence: ['Organization config MailTipsGroupMetricsEnabled'],
    controls: { '6.5.2': 'fail' },
  },
  { name: 'is not assessed when group metrics are not reported', patch: (t: T) => void (t.exoOrganizationConfig.mailTipsGroupMetricsEnabled = null), expect: 'not_assessed', summary: /MailTipsGroupMetricsEnabled/ },
  { name: 'is not assessed when not reported', patch: (t: T) => void (t.exoOrganizationConfig.mailTipsAllTipsEnabled = null), expect: 'not_assessed' },
  { name: 'is not assessed when exoOrganizationConfig cannot be read', unreadable: { exoOrganizationConfig: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
