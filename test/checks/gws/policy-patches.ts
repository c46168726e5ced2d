import type { GwsShapes } from '../../../src/snapshot/gws.js';
import { compliantTenant, ROOT, setRoot } from './compliant-tenant.js';

/** The compliant tenant's top-OU value for a setting. */
export function goodValue(_t: GwsShapes, setting: string): Record<string, unknown> {
  const found = compliantTenant().policies.policies.find((p) => p.setting === setting && p.orgUnitId === ROOT && !p.groupId);
  return { ...(found?.value ?? {}) };
}

/** Overlays fields on the top-OU policy for a setting (creating it if absent). */
export function overlayRoot(t: GwsShapes, setting: string, fields: Record<string, unknown>): void {
  setRoot(t, setting, { ...goodValue(t, setting), ...fields });
}
