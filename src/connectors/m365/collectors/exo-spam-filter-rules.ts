import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';
import { recipientScope, ruleCore } from '../protection-rule-schema.js';

// https://learn.microsoft.com/powershell/module/exchange/get-hostedcontentfilterrule (properties: set-hostedcontentfilterrule)
const row = z.object({ ...ruleCore, HostedContentFilterPolicy: z.string() }).passthrough();

export default defineCollector({
  section: 'exoSpamFilterRules',
  spec: cmdletSpec(['Get-HostedContentFilterRule'], { licence: 'Exchange Online Protection' }),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-HostedContentFilterRule', row);
    return rows.map((r) => ({ name: r.Name, policy: r.HostedContentFilterPolicy, state: r.State, priority: r.Priority, ...recipientScope(r) }));
  },
});
