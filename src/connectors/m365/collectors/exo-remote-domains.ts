import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletText } from '../cmdlet-output.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z.object({ Identity: cmdletText, Name: cmdletText, DomainName: z.string(), AutoForwardEnabled: cmdletBool }).passthrough();

export default defineCollector({
  section: 'exoRemoteDomains',
  spec: cmdletSpec(['Get-RemoteDomain']),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-RemoteDomain', row);
    // AutoForwardEnabled defaults to true on a new remote domain; absent means the default.
    return rows.map((r) => ({ identity: r.Identity ?? r.Name ?? r.DomainName, domainName: r.DomainName, autoForwardEnabled: r.AutoForwardEnabled ?? true }));
  },
});
