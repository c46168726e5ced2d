import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-data-sensitivity-labels-active',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'Active sensitivity labels exist for files and e-mail',
  owner: 'Compliance Administrator',
  rationale:
    'Sensitivity labels let users and policies mark confidential files and mail so that encryption, DLP and sharing limits follow the content. With no active label for files or e-mail, nothing can be classified in those places.',
  remediation:
    'Microsoft Purview portal > Information protection > Sensitivity labels: create (or turn back on) at least one label scoped to "Files & other data assets" and "Emails", then publish it to users with a label policy.',
  // Not CIS 3.3.1: that control asks for published label policies (m365-data-label-policies-published); labels merely existing do not meet it.
  references: {
    docs: [
      'https://learn.microsoft.com/purview/sensitivity-labels',
      'https://learn.microsoft.com/purview/create-sensitivity-labels',
    ],
  },
  reads: ['sensitivityLabels'],
  evaluate({ sensitivityLabels }) {
    const active = sensitivityLabels.filter((label) => label.isActive);
    const forFiles = active.filter((label) => label.applicableTo.includes('file'));
    const forEmail = active.filter((label) => label.applicableTo.includes('email'));
    // Publication (label policies) is only visible in Security & Compliance PowerShell: say so.
    const caveat = 'Whether the labels are published to users is checked separately (m365-data-label-policies-published).';
    if (forFiles.length > 0 && forEmail.length > 0) {
      return {
        status: 'pass',
        summary: `${forFiles.length} active label(s) apply to files and ${forEmail.length} to e-mail. ${caveat}`,
        evidence: active.map((label) => ({ kind: 'label' as const, name: label.name, id: label.id, detail: label.applicableTo.join(', ') })),
      };
    }
    const missing = [forFiles.length === 0 ? 'files' : null, forEmail.length === 0 ? 'e-mail' : null].filter((x): x is string => x !== null);
    const inactive = sensitivityLabels.filter((label) => !label.isActive);
    return {
      status: 'fail',
      summary: `No active sensitivity label applies to ${missing.join(' or ')} (${active.length} active, ${inactive.length} inactive label(s) found).`,
      evidence: [
        { kind: 'setting', name: 'Sensitivity labels', detail: `none active for ${missing.join(' or ')}` },
        ...sensitivityLabels.map((label) => ({
          kind: 'label' as const,
          name: label.name,
          id: label.id,
          detail: `${label.isActive ? 'active' : 'inactive'}; applies to ${label.applicableTo.join(', ') || 'nothing'}`,
        })),
      ],
    };
  },
});
