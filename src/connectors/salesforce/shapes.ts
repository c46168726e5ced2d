/** The Salesforce snapshot sections (filled in by the Salesforce connector). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface SalesforceShapes {}
