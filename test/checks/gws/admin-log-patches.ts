import type { GwsAdminSettingChange, GwsShapes } from '../../../src/snapshot/gws.js';

/** Sets the newest logged change of a setting at an OU (or group), replacing the compliant tenant's one there. */
export function logChange(t: GwsShapes, setting: string, value: string | null, where: { orgUnit?: string; group?: string } = {}): void {
  const orgUnit = where.group ? null : where.orgUnit ?? 'Example Org';
  const group = where.group ?? null;
  t.adminSettingChanges.changes = t.adminSettingChanges.changes.filter((c) => !(c.setting === setting && c.orgUnit === orgUnit && c.group === group));
  const change: GwsAdminSettingChange = { setting, orgUnit, group, value, event: value === null ? 'DELETE_APPLICATION_SETTING' : 'CHANGE_APPLICATION_SETTING', time: '2026-10-01T08:00:00Z', actor: 'grace.admin@example.org' };
  t.adminSettingChanges.changes.push(change);
}

export function forgetSetting(t: GwsShapes, setting: string): void {
  t.adminSettingChanges.changes = t.adminSettingChanges.changes.filter((c) => c.setting !== setting);
}
