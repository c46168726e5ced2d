import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletNumber } from '../cmdlet-output.js';
import { cmdletSpec, readSingleton } from '../exchange-collector.js';

// https://learn.microsoft.com/powershell/module/exchange/get-organizationconfig (properties: set-organizationconfig)
const row = z
  .object({
    AuditDisabled: z.boolean(),
    CustomerLockBoxEnabled: cmdletBool,
    OAuth2ClientProfileEnabled: cmdletBool,
    MailTipsExternalRecipientsTipsEnabled: cmdletBool,
    MailTipsAllTipsEnabled: cmdletBool,
    MailTipsGroupMetricsEnabled: cmdletBool,
    MailTipsLargeAudienceThreshold: cmdletNumber,
  })
  .passthrough();

export default defineCollector({
  section: 'exoOrganizationConfig',
  spec: cmdletSpec(['Get-OrganizationConfig']),
  async collect({ services }) {
    const c = await readSingleton(services.exchange(), 'Get-OrganizationConfig', row);
    return {
      auditDisabled: c.AuditDisabled,
      customerLockBoxEnabled: c.CustomerLockBoxEnabled ?? null,
      oAuth2ClientProfileEnabled: c.OAuth2ClientProfileEnabled ?? null,
      mailTipsExternalRecipientsTipsEnabled: c.MailTipsExternalRecipientsTipsEnabled ?? null,
      mailTipsAllTipsEnabled: c.MailTipsAllTipsEnabled ?? null,
      mailTipsGroupMetricsEnabled: c.MailTipsGroupMetricsEnabled ?? null,
      mailTipsLargeAudienceThreshold: c.MailTipsLargeAudienceThreshold ?? null,
    };
  },
});
