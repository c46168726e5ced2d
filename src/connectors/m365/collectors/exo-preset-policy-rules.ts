import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletText } from '../cmdlet-output.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';
import { recipientScope, ruleCore } from '../protection-rule-schema.js';

// https://learn.microsoft.com/powershell/module/exchange/get-eopprotectionpolicyrule (properties: new-eopprotectionpolicyrule)
const row = z.object({ ...ruleCore, MalwareFilterPolicy: cmdletText, HostedContentFilterPolicy: cmdletText }).passthrough();

export default defineCollector({
  section: 'exoPresetPolicyRules',
  spec: cmdletSpec(['Get-EOPProtectionPolicyRule'], { licence: 'Exchange Online Protection' }),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-EOPProtectionPolicyRule', row);
    return rows.map((r) => ({
      name: r.Name,
      state: r.State,
      priority: r.Priority,
      malwareFilterPolicy: r.MalwareFilterPolicy ?? null,
      hostedContentFilterPolicy: r.HostedContentFilterPolicy ?? null,
      ...recipientScope(r),
    }));
  },
});
