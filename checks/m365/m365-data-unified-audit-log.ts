import { defineCheck } from '../../src/core/define-check.js';
import { corroboratedBySecureScore } from '../../src/rules/m365/secure-score-evidence.js';

export default corroboratedBySecureScore(
  defineCheck({
    id: 'm365-data-unified-audit-log',
    provider: 'm365',
    area: 'data-classification',
    severity: 'high',
    title: 'Unified audit logging is turned on',
    owner: 'Compliance Administrator',
    rationale:
      'The unified audit log records user and admin activity across Exchange, SharePoint, Entra ID and Teams. Without it, an incident cannot be investigated: there is no record of who read, shared or changed what.',
    remediation:
      'Microsoft Purview portal > Audit: if a banner offers "Start recording user and admin activity", select it. Or in Exchange Online PowerShell: Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled $true. To audit: Get-AdminAuditLogConfig | Select-Object UnifiedAuditLogIngestionEnabled.',
    references: {
      scuba: ['MS.SECURITYSUITE.5.1v1'],
      cis: ['3.1.1'],
      docs: ['https://learn.microsoft.com/purview/audit-log-enable-disable'],
    },
    reads: ['exoAdminAuditLogConfig'],
    evaluate({ exoAdminAuditLogConfig }) {
      if (exoAdminAuditLogConfig.unifiedAuditLogIngestionEnabled) return { status: 'pass', summary: 'The unified audit log is recording (UnifiedAuditLogIngestionEnabled is true).' };
      return { status: 'fail', summary: 'The unified audit log is not recording user and admin activity (UnifiedAuditLogIngestionEnabled is false).', evidence: [{ kind: 'setting', name: 'Admin audit log config UnifiedAuditLogIngestionEnabled', detail: 'false' }] };
    },
  }),
);
