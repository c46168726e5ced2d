import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletStrings } from '../cmdlet-output.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z.object({ Name: z.string(), Enabled: cmdletBool, Default: cmdletBool, Domains: cmdletStrings }).passthrough();

export default defineCollector({
  section: 'exoSharingPolicies',
  spec: cmdletSpec(['Get-SharingPolicy']),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-SharingPolicy', row);
    return rows.map((r) => ({ name: r.Name, enabled: r.Enabled ?? true, isDefault: r.Default ?? false, domains: r.Domains }));
  },
});
