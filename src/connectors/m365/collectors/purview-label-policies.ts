import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletStrings, cmdletText } from '../cmdlet-output.js';
import { SCC_PERMISSIONS, cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z.object({ Name: z.string(), Enabled: cmdletBool, Mode: cmdletText, Labels: cmdletStrings, ExchangeLocation: cmdletStrings }).passthrough();

export default defineCollector({
  section: 'purviewLabelPolicies',
  spec: cmdletSpec(['Get-LabelPolicy'], { licence: 'Microsoft Purview Information Protection' }, SCC_PERMISSIONS),
  async collect({ services }) {
    const rows = await readCmdlet(await services.compliance(), 'Get-LabelPolicy', row);
    return rows.map((r) => ({ name: r.Name, enabled: r.Enabled ?? true, mode: r.Mode ?? null, labels: r.Labels, exchangeLocation: r.ExchangeLocation }));
  },
});
