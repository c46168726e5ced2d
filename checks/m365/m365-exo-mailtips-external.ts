import { defineCheck } from '../../src/core/define-check.js';
import type { ExoOrganizationConfig } from '../../src/snapshot/m365.js';
import { corroboratedBySecureScore } from '../../src/rules/m365/secure-score-evidence.js';

// CIS 6.5.2 names these three, and the large-audience threshold left at a sensible value (25 by default).
const REQUIRED = [
  ['mailTipsAllTipsEnabled', 'MailTipsAllTipsEnabled'],
  ['mailTipsExternalRecipientsTipsEnabled', 'MailTipsExternalRecipientsTipsEnabled'],
  ['mailTipsGroupMetricsEnabled', 'MailTipsGroupMetricsEnabled'],
] as const satisfies readonly (readonly [keyof ExoOrganizationConfig, string])[];

export default corroboratedBySecureScore(
  defineCheck({
    id: 'm365-exo-mailtips-external',
    provider: 'm365',
    area: 'external-sharing',
    severity: 'low',
    title: 'MailTips warn users before they send to outside recipients or large audiences',
    owner: 'Exchange Administrator',
    rationale: 'A MailTip that a recipient is outside the organisation, or that a message reaches a large audience, is the last chance to notice a wrong autocompleted address before sensitive mail leaves.',
    remediation:
      'Exchange Online PowerShell: Set-OrganizationConfig -MailTipsAllTipsEnabled $true -MailTipsExternalRecipientsTipsEnabled $true -MailTipsGroupMetricsEnabled $true -MailTipsLargeAudienceThreshold 25. To audit: Get-OrganizationConfig | Select-Object MailTips*.',
    references: {
      cis: ['6.5.2'],
      docs: ['https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/mailtips/mailtips', 'https://learn.microsoft.com/powershell/module/exchange/set-organizationconfig'],
    },
    reads: ['exoOrganizationConfig'],
    evaluate({ exoOrganizationConfig: c }) {
      const off = REQUIRED.filter(([field]) => c[field] === false).map(([, name]) => name);
      if (off.length) return { status: 'fail', summary: `MailTips are off where CIS asks for them (${off.join(', ')} false).`, evidence: off.map((name) => ({ kind: 'setting', name: `Organization config ${name}`, detail: 'false' })) };
      const unreported = REQUIRED.filter(([field]) => c[field] === null).map(([, name]) => name);
      if (unreported.length) return { status: 'not_assessed', summary: `Get-OrganizationConfig did not report ${unreported.join(', ')}.` };
      const threshold = c.mailTipsLargeAudienceThreshold === null ? '' : ` The large-audience tip shows from ${c.mailTipsLargeAudienceThreshold} recipients.`;
      return { status: 'pass', summary: `MailTips are on, including the tips for outside recipients and group metrics.${threshold}` };
    },
  }),
);
