import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-mailtips-external',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'low',
  title: 'MailTips warn users before they send to outside recipients',
  owner: 'Exchange Administrator',
  rationale: 'A MailTip that a recipient is outside the organisation is the last chance to notice a wrong autocompleted address before sensitive mail leaves.',
  remediation: 'Exchange Online PowerShell: Set-OrganizationConfig -MailTipsAllTipsEnabled $true -MailTipsExternalRecipientsTipsEnabled $true. To audit: Get-OrganizationConfig | Select-Object MailTipsAllTipsEnabled, MailTipsExternalRecipientsTipsEnabled.',
  references: {
    cis: ['6.5.2'],
    docs: ['https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/mailtips/mailtips'],
  },
  reads: ['exoOrganizationConfig'],
  evaluate({ exoOrganizationConfig: c }) {
    const off = [
      ...(c.mailTipsAllTipsEnabled === false ? ['MailTipsAllTipsEnabled'] : []),
      ...(c.mailTipsExternalRecipientsTipsEnabled === false ? ['MailTipsExternalRecipientsTipsEnabled'] : []),
    ];
    if (off.length) return { status: 'fail', summary: `MailTips for outside recipients are off (${off.join(', ')} false).`, evidence: off.map((name) => ({ kind: 'setting', name: `Organization config ${name}`, detail: 'false' })) };
    if (c.mailTipsAllTipsEnabled === null || c.mailTipsExternalRecipientsTipsEnabled === null) return { status: 'not_assessed', summary: 'Get-OrganizationConfig did not report the MailTips settings.' };
    return { status: 'pass', summary: 'MailTips are on, including the tip for outside recipients.' };
  },
});
