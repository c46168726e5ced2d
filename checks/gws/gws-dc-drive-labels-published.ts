import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'gws-dc-drive-labels-published',
  provider: 'gws',
  area: 'data-classification',
  severity: 'low',
  title: 'At least one admin-managed Drive label is published for classifying files',
  owner: 'Super Admin',
  rationale:
    'Drive labels are Google’s classification taxonomy: DLP rules, Vault and sharing decisions can key on them only once a published label exists.',
  remediation:
    'Admin console > Security > Access and data control > Data classification (Drive labels): turn labels on, create a classification label (for example Public / Internal / Confidential / Restricted) and publish it.',
  references: {
    docs: ['https://support.google.com/a/answer/9292382', 'https://developers.google.com/workspace/drive/labels/reference/rest/v2/labels/list'],
  },
  reads: ['driveLabels'],
  evaluate({ driveLabels }) {
    const published = driveLabels.labels.filter((l) => l.state === 'PUBLISHED' && l.labelType !== 'SHARED');
    if (published.length > 0) {
      return {
        status: 'pass',
        summary: `${published.length} Drive label${published.length === 1 ? ' is' : 's are'} published.`,
        evidence: published.map((l) => ({ kind: 'label' as const, name: l.title, id: l.id, detail: `published ${l.publishTime ?? ''}`.trim() })),
      };
    }
    const drafts = driveLabels.labels.filter((l) => l.state !== 'PUBLISHED');
    return {
      status: 'fail',
      summary: drafts.length ? `No Drive label is published (${drafts.length} not published).` : 'No Drive labels exist.',
      evidence: drafts.length
        ? drafts.map((l) => ({ kind: 'label' as const, name: l.title, id: l.id, detail: l.state }))
        : [{ kind: 'setting' as const, name: 'Drive labels', detail: 'none defined' }],
    };
  },
});
