import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletBool } from '../cmdlet-output.js';
import { cmdletSpec, readCmdlet } from '../exchange-collector.js';

const row = z.object({ Name: z.string(), IsDefault: cmdletBool, AdditionalStorageProvidersAvailable: cmdletBool }).passthrough();

export default defineCollector({
  section: 'exoOwaMailboxPolicies',
  spec: cmdletSpec(['Get-OwaMailboxPolicy']),
  async collect({ services }) {
    const rows = await readCmdlet(services.exchange(), 'Get-OwaMailboxPolicy', row);
    return rows.map((r) => ({ name: r.Name, isDefault: r.IsDefault ?? false, additionalStorageProvidersAvailable: r.AdditionalStorageProvidersAvailable ?? null }));
  },
});
