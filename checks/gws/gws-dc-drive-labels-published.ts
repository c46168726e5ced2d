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
    // Only admin-owned labels form the organisation's taxonomy: Google's own (GOOGLE_APP) labels are read-only
    // system labels and user-shared (SHARED) ones are not managed centrally, so neither counts.
    const published = driveLabels.labels.filter((l) => l.state === 'PUBLISHED' && l.labelType === 'ADMIN');
    if (published.length > 0) {
      return {
        status: 'pass',
        summary: `${published.length} admin-managed Drive label${published.length === 1 ? ' is' : 's are'} published.`,
        evidence: published.map((l) => ({ kind: 'label' as const, name: l.title, id: l.id, detail: `published ${l.publishTime ?? ''}`.trim() })),
      };
    }
    const others = driveLabels.labels;
    return {
      status: 'fail',
      summary: others.length
        ? `No admin-managed Drive label is published (${others.length} other label${others.length === 1 ? '' : 's'}: drafts, disabled, or not admin-owned).`
        : 'No Drive labels exist.',
      evidence: others.length
        ? others.map((l) => ({ kind: 'label' as const, name: l.title, id: l.id, detail: l.labelType === 'ADMIN' ? l.state : `${l.labelType} label (${l.state}), not admin-owned` }))
        : [{ kind: 'setting' as const, name: 'Drive labels', detail: 'none defined' }],
    };
  },
});
