import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool } from '../cmdlet-output.js';
import { cmdletSpec, readSingleton } from '../exchange-collector.js';

const row = z
  .object({
    AuditDisabled: z.boolean(),
    CustomerLockBoxEnabled: cmdletBool,
    OAuth2ClientProfileEnabled: cmdletBool,
    MailTipsExternalRecipientsTipsEnabled: cmdletBool,
    MailTipsAllTipsEnabled: cmdletBool,
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
    };
  },
});
