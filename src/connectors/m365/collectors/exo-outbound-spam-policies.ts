import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletText } from '../cmdlet-output.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z.object({ Identity: cmdletText, Name: z.string(), IsDefault: cmdletBool, AutoForwardingMode: cmdletText }).passthrough();

export default defineCollector({
  section: 'exoOutboundSpamPolicies',
  spec: cmdletSpec(['Get-HostedOutboundSpamFilterPolicy'], { licence: 'Exchange Online Protection' }),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-HostedOutboundSpamFilterPolicy', row);
    return rows.map((r) => ({ identity: r.Identity ?? r.Name, isDefault: r.IsDefault ?? false, autoForwardingMode: r.AutoForwardingMode ?? 'Automatic' }));
  },
});
