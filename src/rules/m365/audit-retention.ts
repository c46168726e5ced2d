import type { PurviewAuditRetentionPolicy } from '../../snapshot/m365.js';

/** The service plan of Microsoft Purview Audit (Premium), without which audit records are kept 180 days. */
export const AUDIT_PREMIUM_PLAN = 'M365_ADVANCED_AUDITING';

/** RetentionDuration values of at least twelve months (New-UnifiedAuditLogRetentionPolicy -RetentionDuration). */
const TWELVE_MONTHS_OR_MORE = new Set(['twelvemonths', 'threeyears', 'fiveyears', 'sevenyears', 'tenyears']);

export function keepsTwelveMonths(policy: PurviewAuditRetentionPolicy): boolean {
  return TWELVE_MONTHS_OR_MORE.has(policy.retentionDuration.toLowerCase());
}

/** The filters that narrow a policy to part of the audit log, in words; empty when it covers every record. */
export function narrowedBy(policy: PurviewAuditRetentionPolicy): string[] {
  const out: string[] = [];
  if (policy.recordTypes.length) out.push(`record types ${policy.recordTypes.join(', ')}`);
  if (policy.operations.length) out.push(`operations ${policy.operations.join(', ')}`);
  if (policy.userIds.length) out.push(`${policy.userIds.length} user(s)`);
  return out;
}
