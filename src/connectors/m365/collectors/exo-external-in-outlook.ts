import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletStrings, cmdletText } from '../cmdlet-output.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z.object({ Identity: cmdletText, Enabled: z.boolean(), AllowList: cmdletStrings }).passthrough();

export default defineCollector({
  section: 'exoExternalInOutlook',
  spec: cmdletSpec(['Get-ExternalInOutlook']),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-ExternalInOutlook', row);
    return rows.map((r, i) => ({ identity: r.Identity ?? `setting ${i + 1}`, enabled: r.Enabled, allowList: r.AllowList }));
  },
});
