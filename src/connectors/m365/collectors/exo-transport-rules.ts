import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletNumber, cmdletStrings, cmdletText } from '../cmdlet-output.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z
  .object({
    Name: z.string(),
    State: cmdletText,
    Mode: cmdletText,
    Priority: cmdletNumber,
    FromScope: cmdletText,
    SentToScope: cmdletText,
    PrependSubject: cmdletText,
    ApplyHtmlDisclaimerText: cmdletText,
    SetSCL: cmdletNumber,
    SenderDomainIs: cmdletStrings,
    RedirectMessageTo: cmdletStrings,
    BlindCopyTo: cmdletStrings,
  })
  .passthrough();

export default defineCollector({
  section: 'exoTransportRules',
  spec: cmdletSpec(['Get-TransportRule']),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-TransportRule', row);
    return rows.map((r) => ({
      name: r.Name,
      state: r.State ?? 'Enabled',
      mode: r.Mode ?? 'Enforce',
      priority: r.Priority ?? null,
      fromScope: r.FromScope ?? null,
      sentToScope: r.SentToScope ?? null,
      prependSubject: r.PrependSubject ?? null,
      applyHtmlDisclaimerText: r.ApplyHtmlDisclaimerText ?? null,
      setScl: r.SetSCL ?? null,
      senderDomainIs: r.SenderDomainIs,
      redirectMessageTo: r.RedirectMessageTo,
      blindCopyTo: r.BlindCopyTo,
    }));
  },
});
