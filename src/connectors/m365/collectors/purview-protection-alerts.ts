import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletStrings, cmdletText } from '../cmdlet-output.js';
import { SCC_PERMISSIONS, cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z.object({ Name: z.string(), Disabled: cmdletBool, Severity: cmdletText, NotifyUser: cmdletStrings }).passthrough();

export default defineCollector({
  section: 'purviewProtectionAlerts',
  spec: cmdletSpec(['Get-ProtectionAlert'], { licence: 'Office 365 E1 or higher (alert policies)' }, SCC_PERMISSIONS),
  async collect({ services }) {
    const rows = await readCmdlet(await services.compliance(), 'Get-ProtectionAlert', row);
    return rows.map((r) => ({ name: r.Name, disabled: r.Disabled ?? false, severity: r.Severity ?? null, notifyUser: r.NotifyUser }));
  },
});
