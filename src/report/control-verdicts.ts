import type { CheckResult, ControlResult } from '../core/model.js';

/** "scuba-gws 1.0.1 GWS.CALENDAR.1.2v1": how reports name a cited control, framework and version from its file. */
export function controlName(control: ControlResult): string {
  return `${control.framework} ${control.frameworkVersion} ${control.id}`;
}

/** The CSV cell: every cited control with its status, "; " between them. */
export function controlsCell(result: CheckResult): string {
  return (result.controls ?? []).map((c) => `${controlName(c)}=${c.status}`).join('; ');
}
