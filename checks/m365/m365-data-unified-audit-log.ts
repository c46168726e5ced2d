import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
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
  reads: [],
  unreadable:
    'needs Purview/Exchange/SharePoint admin API: the unified audit log setting is only readable through Exchange Online PowerShell (Get-AdminAuditLogConfig), not Microsoft Graph.',
});
