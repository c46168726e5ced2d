import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-data-dlp-policies',
  provider: 'm365',
  area: 'data-classification',
  severity: 'high',
  title: 'Data loss prevention policies protect sensitive information across Microsoft 365',
  owner: 'Compliance Administrator',
  rationale:
    'DLP policies stop credit card numbers, national identifiers and other sensitive data from leaving through mail, SharePoint, OneDrive and Teams, and teach users as they go. Without them, a single careless share is a reportable breach.',
  remediation:
    'Microsoft Purview portal > Data loss prevention > Policies: create a policy covering Exchange, SharePoint, OneDrive, Teams and devices for the sensitive information types the organisation holds, with a block action for sharing outside the organisation and policy tips turned on. To audit: Connect-IPPSSession, then Get-DlpCompliancePolicy and Get-DlpComplianceRule.',
  references: {
    scuba: ['MS.SECURITYSUITE.3.1v1', 'MS.SECURITYSUITE.3.2v1', 'MS.SECURITYSUITE.3.3v1', 'MS.SECURITYSUITE.3.4v1', 'MS.SECURITYSUITE.3.5v1'],
    cis: ['3.2.1', '3.2.2'],
    docs: ['https://learn.microsoft.com/purview/dlp-learn-about-dlp'],
  },
  reads: [],
  unreadable:
    'needs Purview/Exchange/SharePoint admin API: DLP policies and rules are only readable through Security & Compliance PowerShell (Get-DlpCompliancePolicy, Get-DlpComplianceRule), not Microsoft Graph.',
});
