import { z } from 'zod';
import { AUDIT_PREMIUM_PLAN } from '../../../rules/m365/audit-retention.js';
import { defineCollector } from '../collector.js';
import { cmdletBool, cmdletNumber, cmdletStrings, cmdletText } from '../cmdlet-output.js';
import { SCC_PERMISSIONS, cmdletSpec, readCmdlet } from '../exchange-collector.js';


const row = z
  .object({
    Name: z.string(),
    // New-UnifiedAuditLogRetentionPolicy -RetentionDuration: SevenDays, OneMonth, … TwelveMonths, ThreeYears, FiveYears, SevenYears, TenYears.
    RetentionDuration: z.string().min(1),
    Priority: cmdletNumber,
    Enabled: cmdletBool,
    RecordTypes: cmdletStrings,
    Operations: cmdletStrings,
    UserIds: cmdletStrings,
    Mode: cmdletText,
  })
  .passthrough();

export default defineCollector({
  section: 'purviewAuditRetentionPolicies',
  spec: cmdletSpec(['Get-UnifiedAuditLogRetentionPolicy'], { licence: 'Microsoft Purview Audit (Premium) (Microsoft 365 E5, or E5 Compliance / eDiscovery and Audit add-on)' }, SCC_PERMISSIONS),
  licensed: (licences) => licences.servicePlans.includes(AUDIT_PREMIUM_PLAN),
  async collect({ services }) {
    const rows = await readCmdlet(await services.compliance(), 'Get-UnifiedAuditLogRetentionPolicy', row);
    return rows.map((r) => ({
      name: r.Name,
      retentionDuration: r.RetentionDuration,
      priority: r.Priority ?? null,
      enabled: r.Enabled !== false,
      recordTypes: r.RecordTypes,
      operations: r.Operations,
      userIds: r.UserIds,
    }));
  },
});
