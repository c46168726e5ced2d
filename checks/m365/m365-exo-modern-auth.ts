import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-modern-auth',
  provider: 'm365',
  area: 'mfa',
  severity: 'medium',
  title: 'Modern authentication is enabled for Exchange Online',
  owner: 'Exchange Administrator',
  rationale: 'Outlook clients sign in with modern authentication only when the organisation allows it; otherwise they fall back to basic authentication, which MFA and Conditional Access cannot cover.',
  remediation: 'Microsoft 365 admin center > Settings > Org settings > Modern authentication: "Turn on modern authentication for Outlook 2013 for Windows and later". Or: Set-OrganizationConfig -OAuth2ClientProfileEnabled $true.',
  references: {
    cis: ['6.5.1'],
    docs: ['https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/enable-or-disable-modern-authentication-in-exchange-online'],
  },
  reads: ['exoOrganizationConfig'],
  evaluate({ exoOrganizationConfig }) {
    const value = exoOrganizationConfig.oAuth2ClientProfileEnabled;
    if (value === true) return { status: 'pass', summary: 'Modern authentication is enabled (OAuth2ClientProfileEnabled is true).' };
    if (value === null) return { status: 'not_assessed', summary: 'Get-OrganizationConfig did not report OAuth2ClientProfileEnabled.' };
    return { status: 'fail', summary: 'Modern authentication is disabled for Exchange Online clients.', evidence: [{ kind: 'setting', name: 'Organization config OAuth2ClientProfileEnabled', detail: 'false' }] };
  },
});
