import check from '../../../checks/m365/m365-exo-smtp-auth-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

type T = ReturnType<typeof compliantTenant>;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when SMTP AUTH is disabled', expect: 'pass' },
  { name: 'fails when SMTP AUTH is enabled', patch: (t: T) => void (t.exoTransportConfig.smtpClientAuthenticationDisabled = false), expect: 'fail', evidence: ['Transport config SmtpClientAuthenticationDisabled'] },
  { name: 'is not assessed when exoTransportConfig cannot be read', unreadable: { exoTransportConfig: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
]);
