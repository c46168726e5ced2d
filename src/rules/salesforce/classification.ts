import type { SfFieldClassification } from '../../snapshot/salesforce.js';

/** Field API names or labels that usually hold personal data. */
const PERSONAL = /(email|phone|mobile|fax|birth|street|postal|address|ssn|social ?security|passport|national ?id|tax ?id|salary|gender|(first|last|middle)name)/i;

export function looksPersonal(field: SfFieldClassification['fields'][number]): boolean {
  return Boolean(field.complianceGroup) || PERSONAL.test(field.name) || PERSONAL.test(field.label);
}
