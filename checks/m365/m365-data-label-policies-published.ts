import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-data-label-policies-published',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'Sensitivity label policies are published to users',
  owner: 'Compliance Administrator',
  rationale:
    'A label does nothing until a label policy publishes it to users and locations. CIS counts the published policy, not the label, as the control.',
  remediation:
    'Microsoft Purview portal > Information protection > Label publishing policies: publish the organisation\'s labels to all users (or the groups that handle sensitive data), with a default label and mandatory labelling where appropriate. To audit: Connect-IPPSSession, then Get-LabelPolicy | Where-Object Type -eq "PublishedSensitivityLabel".',
  references: {
    cis: ['3.3.1'],
    docs: ['https://learn.microsoft.com/purview/create-sensitivity-labels#publish-sensitivity-labels-by-creating-a-label-policy'],
  },
  reads: [],
  unreadable:
    'needs Purview/Exchange/SharePoint admin API: label publishing policies are only readable through Security & Compliance PowerShell (Get-LabelPolicy), not Microsoft Graph.',
});
