import type { M365Shapes } from './m365.js';
import type { GwsShapes } from './gws.js';
import type { SalesforceShapes } from './salesforce.js';

/** Every provider's snapshot sections, keyed by provider: the one place checks learn their input types. */
export interface ProviderShapes {
  m365: M365Shapes;
  gws: GwsShapes;
  salesforce: SalesforceShapes;
}
