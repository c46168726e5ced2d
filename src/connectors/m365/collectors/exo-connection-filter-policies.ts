import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletStrings, cmdletText } from '../cmdlet-output.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';

// https://learn.microsoft.com/powershell/module/exchange/get-hostedconnectionfilterpolicy
const row = z.object({ Identity: cmdletText, Name: z.string(), IsDefault: cmdletBool, IPAllowList: cmdletStrings, EnableSafeList: cmdletBool }).passthrough();

export default defineCollector({
  section: 'exoConnectionFilterPolicies',
  spec: cmdletSpec(['Get-HostedConnectionFilterPolicy'], { licence: 'Exchange Online Protection' }),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-HostedConnectionFilterPolicy', row);
    // EnableSafeList is documented as $false by default, so an omitted value is read as off.
    return rows.map((r) => ({ identity: r.Identity ?? r.Name, isDefault: r.IsDefault ?? false, ipAllowList: r.IPAllowList, enableSafeList: r.EnableSafeList ?? false }));
  },
});
