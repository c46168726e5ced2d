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
    'Microsoft Purview portal > Information protection > Label publishing policies: publish the organisation\'s labels to all users (or the groups that handle sensitive data), with a default label and mandatory labelling where appropriate. To audit: Get-LabelPolicy | Select-Object Name, Enabled, Labels, ExchangeLocation.',
  references: {
    cis: ['3.3.1'],
    docs: ['https://learn.microsoft.com/purview/create-sensitivity-labels#publish-sensitivity-labels-by-creating-a-label-policy', 'https://learn.microsoft.com/powershell/module/exchange/get-labelpolicy'],
  },
  reads: ['purviewLabelPolicies'],
  evaluate({ purviewLabelPolicies: policies }) {
    const published = policies.filter((p) => p.enabled && p.labels.length > 0 && p.mode !== 'PendingDeletion');
    if (published.length) return { status: 'pass', summary: `Label ${published.map((p) => `policy '${p.name}' publishes ${p.labels.length} label(s)`).join('; ')}.` };
    return {
      status: 'fail',
      summary: policies.length ? `No label policy publishes labels (${policies.map((p) => `'${p.name}' ${p.enabled ? 'has no labels' : 'is disabled'}`).join(', ')}).` : 'No sensitivity label policy exists: no label is published to anyone.',
      evidence: policies.length ? policies.map((p) => ({ kind: 'policy', name: p.name, detail: p.enabled ? 'no labels' : 'disabled' })) : [{ kind: 'policy', name: 'Label policies', detail: 'none' }],
    };
  },
});
