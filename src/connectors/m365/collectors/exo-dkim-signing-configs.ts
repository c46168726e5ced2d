import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z.object({ Domain: z.string(), Enabled: z.boolean() }).passthrough();

export default defineCollector({
  section: 'exoDkimSigningConfigs',
  spec: cmdletSpec(['Get-DkimSigningConfig'], { licence: 'Exchange Online Protection' }),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-DkimSigningConfig', row);
    return rows.map((r) => ({ domain: r.Domain, enabled: r.Enabled }));
  },
});
