import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-smtp-auth-disabled',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'high',
  title: 'SMTP AUTH client submission is turned off for the organisation',
  owner: 'Exchange Administrator',
  rationale:
    'SMTP AUTH accepts a user name and password, which Conditional Access and MFA cannot protect. Leaving it on organisation-wide gives password sprayers a way in and a way to send mail as the user.',
  remediation:
    'Microsoft 365 admin center > Settings > Org settings > Modern authentication: clear "Authenticated SMTP". Or: Set-TransportConfig -SmtpClientAuthenticationDisabled $true (enable it per mailbox only where a device cannot do better). To audit: Get-TransportConfig | Select-Object SmtpClientAuthenticationDisabled.',
  references: {
    scuba: ['MS.EXO.5.1v1'],
    cis: ['6.5.4'],
    docs: ['https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission'],
  },
  reads: ['exoTransportConfig'],
  evaluate({ exoTransportConfig }) {
    if (exoTransportConfig.smtpClientAuthenticationDisabled) return { status: 'pass', summary: 'SMTP AUTH is disabled organisation-wide (SmtpClientAuthenticationDisabled is true).' };
    return { status: 'fail', summary: 'SMTP AUTH is enabled organisation-wide: mailboxes can submit mail with a password alone.', evidence: [{ kind: 'setting', name: 'Transport config SmtpClientAuthenticationDisabled', detail: 'false' }] };
  },
});
