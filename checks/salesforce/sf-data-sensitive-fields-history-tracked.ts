import { defineCheck } from '../../src/core/define-check.js';
import { markedSensitive } from '../../src/rules/salesforce/classification.js';

export default defineCheck({
  id: 'sf-data-sensitive-fields-history-tracked',
  provider: 'salesforce',
  area: 'data-classification',
  severity: 'medium',
  title: 'Fields the org marks sensitive have Field History Tracking on',
  owner: 'Salesforce Data Steward',
  rationale: 'Without history on sensitive fields, an unauthorised or mistaken change to regulated data cannot be detected, dated or attributed.',
  remediation:
    'Object Manager > (object) > Fields & Relationships > Set History Tracking: track each listed field (up to 20 per object; Field Audit Trail for more and longer retention).',
  references: {
    other: { SBS: ['SBS-DATA-004'] },
    docs: [
      'https://github.com/scottbcovert/salesforce-security-benchmark-docs-site/blob/main/benchmark/data-security.md',
      'https://developer.salesforce.com/docs/platform/api-tooling/references/tooling-objects/tooling-fielddefinition.html',
    ],
  },
  reads: ['fieldClassification'],
  evaluate({ fieldClassification }) {
    // SBS-DATA-004 asks for a documented list of sensitive fields; in the org that list is the fields' own sensitivity level and compliance category.
    const sensitive = fieldClassification.flatMap((o) => o.fields.filter(markedSensitive).map((field) => ({ object: o.object, field })));
    if (sensitive.some((s) => s.field.historyTracked === null)) {
      return { status: 'not_assessed', summary: "This org's Tooling FieldDefinition has no IsFieldHistoryTracked, so field history tracking could not be read." };
    }
    const scope = `on ${fieldClassification.map((o) => o.object).join(', ')}; a sensitive-field list kept outside the org is not read`;
    if (sensitive.length === 0) return { status: 'not_assessed', summary: `No field is marked sensitive (level above Internal or a compliance category) ${scope}.` };
    const untracked = sensitive.filter((s) => !s.field.historyTracked);
    if (untracked.length === 0) return { status: 'pass', summary: `All ${sensitive.length} fields marked sensitive have Field History Tracking on (${scope}).` };
    return {
      status: 'fail',
      summary: `${untracked.length} of ${sensitive.length} fields marked sensitive have no Field History Tracking (${scope}).`,
      evidence: untracked.map(({ object, field }) => ({
        kind: 'setting' as const,
        name: `${object}.${field.name}`,
        detail: `no history tracking; ${[field.securityClassification, field.complianceGroup].filter(Boolean).join(', ')}`,
      })),
    };
  },
});
