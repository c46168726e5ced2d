import { z } from 'zod';
import { defineCollector } from '../collector.js';
import { cmdletSpec, readSingleton } from '../exchange-collector.js';

const row = z.object({ UnifiedAuditLogIngestionEnabled: z.boolean() }).passthrough();

export default defineCollector({
  section: 'exoAdminAuditLogConfig',
  spec: cmdletSpec(['Get-AdminAuditLogConfig']),
  async collect({ services }) {
    const c = await readSingleton(services.exchange(), 'Get-AdminAuditLogConfig', row);
    return { unifiedAuditLogIngestionEnabled: c.UnifiedAuditLogIngestionEnabled };
  },
});
