import { z } from 'zod';
import type { SfFieldClassification } from '../../../snapshot/salesforce.js';
import { SfRequestError } from '../client.js';
import { nullableString, soqlString, type CollectorContext } from './context.js';

/** Objects whose field-level data classification is read: the personal-data objects plus User. */
export const CLASSIFIED_OBJECTS = ['Contact', 'Lead', 'Account', 'Case', 'User'] as const satisfies readonly string[];

const fieldRecord = z
  .object({
    QualifiedApiName: z.string(),
    Label: z.string().nullish(),
    SecurityClassification: nullableString,
    ComplianceGroup: nullableString,
    IsFieldHistoryTracked: z.boolean().nullish(),
  })
  .passthrough();
const HISTORY = 'IsFieldHistoryTracked';

/** FieldDefinition must be filtered to one object per query and ignores LIMIT. */
export async function collectFieldClassification(ctx: CollectorContext): Promise<SfFieldClassification[]> {
  const result: SfFieldClassification[] = [];
  // Field history tracking is selected only when the Tooling describe lists it, so an org without it keeps its classification read.
  const tracked = (await ctx.client.fieldsOf('FieldDefinition', true))?.has(HISTORY) ?? false;
  for (const object of CLASSIFIED_OBJECTS) {
    const rows = await ctx.client.query(
      `SELECT QualifiedApiName, Label, SecurityClassification, ComplianceGroup${tracked ? `, ${HISTORY}` : ''} FROM FieldDefinition WHERE EntityDefinition.QualifiedApiName = ${soqlString(object)}`,
      { tooling: true },
    );
    if (rows.length === 0) {
      // Every standard object has fields; none means the integration user cannot see this object's, not that it has none to classify.
      throw new SfRequestError(`FieldDefinition returned no field for ${object}; stopped rather than judge the other objects alone.`, 'INCOMPLETE_RESULT', undefined, 'GET /services/data/tooling/query FieldDefinition');
    }
    result.push({
      object,
      fields: rows.map((row) => {
        const f = fieldRecord.parse(row);
        return {
          name: f.QualifiedApiName,
          label: f.Label ?? f.QualifiedApiName,
          securityClassification: f.SecurityClassification,
          complianceGroup: f.ComplianceGroup,
          historyTracked: tracked ? f.IsFieldHistoryTracked === true : null,
        };
      }),
    });
  }
  return result;
}

