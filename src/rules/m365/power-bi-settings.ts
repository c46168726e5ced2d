import type { Evidence, Verdict } from '../../core/model.js';
import type { Profile } from '../../core/tenant-settings.js';
import type { PowerBiTenantSetting } from '../../snapshot/m365.js';

/**
 * How a Fabric tenant setting must stand:
 * - off: disabled; under the cis profile, also enabled for specific security groups only (CIS's
 *   "Enabled for a subset of the organization or Disabled"; SCuBA says disabled).
 * - groups: disabled, or enabled for specific security groups only (SCuBA and CIS alike).
 * - on: enabled (for the whole organisation or for groups).
 */
export type Wanted = 'off' | 'groups' | 'on';

export function settingVerdict(settings: readonly PowerBiTenantSetting[], name: string, wanted: Wanted, profile: Profile): Verdict {
  const setting = settings.find((s) => s.settingName === name);
  if (!setting) return { status: 'not_assessed', summary: `The Fabric tenant settings did not include ${name}.` };
  const scope = setting.enabledSecurityGroups.length ? `enabled for ${setting.enabledSecurityGroups.join(', ')}` : setting.enabled ? 'enabled for the entire organization' : 'disabled';
  const label = `'${setting.title}' (${name})`;
  const evidence: Evidence[] = [{ kind: 'setting', name: setting.title, detail: `${name}: ${scope}` }];
  const limited = setting.enabled && setting.enabledSecurityGroups.length > 0;
  const ok = wanted === 'on' ? setting.enabled : !setting.enabled || (limited && (wanted === 'groups' || profile === 'cis'));
  if (ok) return { status: 'pass', summary: `Power BI setting ${label} is ${scope}.` };
  const should = wanted === 'on' ? 'should be enabled' : wanted === 'groups' ? 'should be disabled or limited to specific security groups' : profile === 'cis' ? 'should be disabled or limited to specific security groups' : 'should be disabled';
  return { status: 'fail', summary: `Power BI setting ${label} is ${scope}; it ${should}.`, evidence };
}
