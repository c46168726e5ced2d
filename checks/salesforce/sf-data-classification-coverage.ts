import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-data-classification-coverage',
  provider: 'salesforce',
  area: 'data-classification',
  severity: 'low',
  title: 'Every standard object holding personal data has classified fields',
  owner: 'Salesforce Data Steward',
  rationale:
    'The Data Sensitivity Level on fields is how Salesforce tooling (Shield, Privacy Center, reports) finds personal data. An object with no classified field is invisible to that tooling and to access reviews.',
  remediation:
    'Setup > Object Manager > (object) > Fields, or Data Classification Settings: set Data Sensitivity Level (and Compliance Categorization) on the fields that hold personal data, starting with the objects listed.',
  references: {
    other: { 'ISO/IEC 27001:2022': ['A.5.12'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.data_classification_about.htm'],
  },
  reads: ['fieldClassification'],
  evaluate({ fieldClassification }) {
    const shares = fieldClassification
      .filter((o) => o.fields.length > 0)
      .map((o) => ({ object: o.object, classified: o.fields.filter((f) => f.securityClassification).length, total: o.fields.length }));
    if (shares.length === 0) {
      return { status: 'not_assessed', summary: 'FieldDefinition returned no field for any object holding personal data, so classification coverage is unknown.' };
    }
    const line = shares.map((s) => `${s.object} ${Math.round((100 * s.classified) / s.total)}%`).join(', ');
    const empty = shares.filter((s) => s.classified === 0);
    if (empty.length === 0) return { status: 'pass', summary: `Every object holding personal data has classified fields (${line}).` };
    return {
      status: 'fail',
      summary: `${empty.length} object${empty.length === 1 ? ' has' : 's have'} no field with a data sensitivity level (${line}).`,
      evidence: empty.map((s) => ({ kind: 'label' as const, name: s.object, detail: `0 of ${s.total} fields classified` })),
    };
  },
});
