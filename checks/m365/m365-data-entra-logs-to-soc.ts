import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-data-entra-logs-to-soc',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'Microsoft Entra ID sign-in and audit logs are sent to the security operations centre',
  owner: 'Security Administrator',
  rationale:
    'Entra ID keeps sign-in and audit logs for 30 days at most and only in its own portal. Streamed through a diagnostic setting to the SIEM the security team watches (SCuBA lists AuditLogs, SignInLogs, NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs, RiskyUsers, UserRiskEvents and more), they can be correlated, alerted on and kept for an investigation.',
  remediation:
    'Entra admin center > Identity > Monitoring & health > Diagnostic settings > Add diagnostic setting: select the log categories SCuBA lists and send them to the Log Analytics workspace, event hub or storage account the security operations centre reads.',
  references: {
    scuba: ['MS.AAD.4.1v1'],
    docs: ['https://learn.microsoft.com/entra/identity/monitoring-health/howto-configure-diagnostic-settings', 'https://learn.microsoft.com/azure/templates/microsoft.aadiam/2017-04-01/diagnosticsettings'],
  },
  reads: [],
  unreadable:
    'not readable with the Graph credential: Entra diagnostic settings are an Azure Resource Manager resource at tenant scope (microsoft.aadiam/diagnosticSettings on management.azure.com), which only a principal holding a role at the root scope "/" can read, and whether the destination is the agency SOC is not in any API. Check it in the Entra admin center under Identity > Monitoring & health > Diagnostic settings.',
});
