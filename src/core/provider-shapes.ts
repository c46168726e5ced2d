import type { M365Shapes } from '../connectors/m365/shapes.js';
import type { GwsShapes } from '../connectors/gws/shapes.js';
import type { SalesforceShapes } from '../connectors/salesforce/shapes.js';

/** Every provider's snapshot sections, keyed by provider: the one place checks learn their input types. */
export interface ProviderShapes {
  m365: M365Shapes;
  gws: GwsShapes;
  salesforce: SalesforceShapes;
}
