import type { SfFieldClassification } from '../../snapshot/salesforce.js';

/** Field API names or labels that usually hold personal data. */
const PERSONAL = /(email|phone|mobile|fax|birth|street|postal|address|ssn|social ?security|passport|national ?id|tax ?id|salary|gender|(first|last|middle)name)/i;

export function looksPersonal(field: SfFieldClassification['fields'][number]): boolean {
  return Boolean(field.complianceGroup) || PERSONAL.test(field.name) || PERSONAL.test(field.label);
}

/** Data Sensitivity Levels above Internal: the org's own record of which fields are sensitive. */
const SENSITIVE_LEVELS = new Set(['Confidential', 'Restricted', 'MissionCritical']);

/** A field the org has marked sensitive: a sensitivity level above Internal, or a compliance category. */
export function markedSensitive(field: SfFieldClassification['fields'][number]): boolean {
  return Boolean(field.complianceGroup) || SENSITIVE_LEVELS.has(field.securityClassification ?? '');
}
