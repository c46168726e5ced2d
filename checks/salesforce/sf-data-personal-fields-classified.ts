import { defineCheck } from '../../src/core/define-check.js';
import { looksPersonal } from '../../src/rules/salesforce/classification.js';

export default defineCheck({
  id: 'sf-data-personal-fields-classified',
  provider: 'salesforce',
  area: 'data-classification',
  severity: 'medium',
  title: 'Fields that look like personal data carry a data sensitivity level',
  owner: 'Salesforce Data Steward',
  rationale:
    'Email, phone, address, birth date and identifier fields, and fields with a compliance category, are the ones privacy obligations attach to. Leaving them unclassified hides them from field-level security reviews and data-protection tooling.',
  remediation: 'Set Data Sensitivity Level on each listed field (Object Manager > field > Edit, or bulk through Data Classification).',
  references: {
    other: { 'ISO/IEC 27001:2022': ['A.5.12'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.data_classification_about.htm'],
  },
  reads: ['fieldClassification'],
  evaluate({ fieldClassification }) {
    const personal = fieldClassification.flatMap((o) => o.fields.filter(looksPersonal).map((f) => ({ object: o.object, field: f })));
    if (personal.length === 0) {
      return { status: 'not_assessed', summary: 'FieldDefinition returned no field that looks personal on the objects read, so there is nothing to judge.' };
    }
    const missing = personal.filter((p) => !p.field.securityClassification);
    if (missing.length === 0) return { status: 'pass', summary: `All ${personal.length} fields that look personal carry a data sensitivity level.` };
    return {
      status: 'fail',
      summary: `${missing.length} of ${personal.length} fields that look personal have no data sensitivity level.`,
      evidence: missing.map((p) => ({ kind: 'label' as const, name: `${p.object}.${p.field.name}`, detail: `${p.field.label}${p.field.complianceGroup ? ` (compliance: ${p.field.complianceGroup})` : ''} unclassified` })),
    };
  },
});
