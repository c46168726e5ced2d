import { defineCheck } from '../../src/core/define-check.js';
import { AUDIT_PREMIUM_PLAN, keepsTwelveMonths, narrowedBy } from '../../src/rules/m365/audit-retention.js';

export default defineCheck({
  id: 'm365-data-audit-log-retention',
  provider: 'm365',
  area: 'data-classification',
  severity: 'high',
  title: 'Audit logs are kept for at least 12 months',
  owner: 'Compliance Administrator',
  rationale:
    'Without Audit (Premium) and a retention policy, Microsoft 365 keeps audit records for 180 days; an intrusion found later than that can no longer be traced to who signed in, read or shared what.',
  remediation:
    'License the users for Microsoft Purview Audit (Premium) (Microsoft 365 E5, or the E5 Compliance or eDiscovery and Audit add-on), then Microsoft Purview portal > Audit > Audit retention policies > Create audit retention policy: every record type and user, duration 1 year or longer. Or: New-UnifiedAuditLogRetentionPolicy -Name "All activity" -RetentionDuration TwelveMonths -Priority 100. Without that licence, export the logs to storage that keeps them 12 months instead.',
  references: {
    scuba: ['MS.SECURITYSUITE.5.2v1'],
    docs: ['https://learn.microsoft.com/purview/audit-log-retention-policies', 'https://learn.microsoft.com/powershell/module/exchange/get-unifiedauditlogretentionpolicy'],
  },
  reads: ['licences', 'purviewAuditRetentionPolicies'],
  licenceOptional: ['purviewAuditRetentionPolicies'],
  evaluate({ licences, purviewAuditRetentionPolicies }) {
    if (!licences.servicePlans.includes(AUDIT_PREMIUM_PLAN) || purviewAuditRetentionPolicies === undefined) {
      return { status: 'fail', summary: `The tenant has no Audit (Premium) licence (${AUDIT_PREMIUM_PLAN}), so audit records are kept 180 days whatever the retention policies say.`, evidence: [{ kind: 'setting', name: 'Audit (Premium) service plan', detail: `${AUDIT_PREMIUM_PLAN} not provisioned` }] };
    }
    const longEnough = purviewAuditRetentionPolicies.filter((p) => p.enabled && keepsTwelveMonths(p));
    const whole = longEnough.find((p) => narrowedBy(p).length === 0);
    if (whole) return { status: 'pass', summary: `Audit retention policy '${whole.name}' keeps every audit record for ${whole.retentionDuration}.` };
    if (longEnough.length > 0) {
      return {
        status: 'fail',
        summary: `Only part of the audit log is kept 12 months or more: ${longEnough.map((p) => `policy '${p.name}' covers only ${narrowedBy(p).join('; ')}`).join('; ')}.`,
        evidence: longEnough.map((p) => ({ kind: 'policy', name: p.name, detail: `${p.retentionDuration}, only ${narrowedBy(p).join('; ')}` })),
      };
    }
    if (purviewAuditRetentionPolicies.length === 0) return { status: 'fail', summary: 'No audit log retention policy exists, so audit records are kept for the default period only.', evidence: [{ kind: 'setting', name: 'Audit retention policies', detail: 'none' }] };
    return {
      status: 'fail',
      summary: `No enabled audit retention policy keeps records for 12 months: ${purviewAuditRetentionPolicies.map((p) => `'${p.name}' ${p.enabled ? p.retentionDuration : 'disabled'}`).join(', ')}.`,
      evidence: purviewAuditRetentionPolicies.map((p) => ({ kind: 'policy', name: p.name, detail: p.enabled ? p.retentionDuration : 'disabled' })),
    };
  },
});
