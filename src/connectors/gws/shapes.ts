/** The Google Workspace snapshot sections (filled in by the Google Workspace connector). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface GwsShapes {}
