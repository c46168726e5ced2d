import check from '../../../checks/m365/m365-exo-external-sender-warning.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the Outlook external tag is on', expect: 'pass' },
  { name: 'fails when the tag is off and no rule warns', patch: (t: T) => void (t.exoExternalInOutlook[0]!.enabled = false), expect: 'fail', evidence: ['External sender tag (ExternalInOutlook)', 'Mail flow rules'] },
  { name: 'an enforced subject-tag rule satisfies SCuBA but not CIS', patch: (t: T) => { t.exoExternalInOutlook[0]!.enabled = false; t.exoTransportRules = [{ name: 'Tag external', state: 'Enabled', mode: 'Enforce', priority: 0, fromScope: 'NotInOrganization', sentToScope: null, prependSubject: '[EXTERNAL] ', applyHtmlDisclaimerText: null, setScl: null, senderDomainIs: [], redirectMessageTo: [], blindCopyTo: [] }]; }, expect: 'fail', controls: { 'MS.EXO.7.1v1': 'pass', '6.2.3': 'fail' } },
  { name: 'a disabled rule does not count', patch: (t: T) => { t.exoExternalInOutlook[0]!.enabled = false; t.exoTransportRules = [{ name: 'Tag external', state: 'Disabled', mode: 'Enforce', priority: 0, fromScope: 'NotInOrganization', sentToScope: null, prependSubject: '[EXTERNAL] ', applyHtmlDisclaimerText: null, setScl: null, senderDomainIs: [], redirectMessageTo: [], blindCopyTo: [] }]; }, expect: 'fail', controls: { 'MS.EXO.7.1v1': 'fail' } },
  { name: 'is not assessed when exoExternalInOutlook cannot be read', unreadable: { exoExternalInOutlook: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
  { name: 'is not assessed when exoTransportRules cannot be read', unreadable: { exoTransportRules: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
