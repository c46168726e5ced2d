import type { Evidence, Verdict } from '../../core/model.js';
import type { GwsAdminSettingChange, GwsAdminSettingChanges, GwsPolicies } from '../../snapshot/gws.js';

export interface LoggedSettingJudgement {
  /** SETTING_NAME, one of ADMIN_LOG_SETTINGS. */
  setting: string;
  /** Why a logged NEW_VALUE is weak, or null when it is safe. */
  weak: (value: string) => string | null;
  /** e.g. "Post-SSO verification is on". */
  passSummary: string;
  /** e.g. "turn post-SSO verification off". */
  failWhat: string;
  /** What an unchanged tenant has, for the summary when the log shows no change at the top OU. */
  googleDefault: string;
}

/** Whether a logged ORG_UNIT_NAME names the top OU (logged by name; "/" accepted too). */
function isTopUnit(change: GwsAdminSettingChange, policies: GwsPolicies): boolean {
  if (change.group) return false;
  const root = policies.orgUnits.find((u) => u.id === policies.rootOrgUnitId);
  const name = (change.orgUnit ?? '').trim();
  return name === '' || name === '/' || (root !== undefined && (name === root.name || name === root.path));
}

/**
 * Judges a setting only the admin log shows, as ScubaGoggles does: the newest change per OU and group counts.
 * A weak newest value anywhere fails; a safe newest value on the top OU (and no weak one) passes, unless the log
 * was not read to its end; with no change of the top OU in the log the current value is not visible. Those two
 * are not_assessed, never a pass on what was not read or an assumed default.
 */
export function judgeLoggedSetting(log: GwsAdminSettingChanges, policies: GwsPolicies, judgement: LoggedSettingJudgement): Verdict {
  const months = Math.round(log.retentionDays / 30);
  const caveat = `(log-derived: newest admin-log change; the log keeps about ${months} months${log.truncated ? ' and the read stopped at its page cap' : ''})`;
  const changes = log.changes.filter((c) => c.setting === judgement.setting);
  const evidence: Evidence[] = [];
  for (const change of changes) {
    if (change.value === null) continue;
    const reason = judgement.weak(change.value);
    if (!reason) continue;
    const where = change.group ? `group ${change.group}` : change.orgUnit ?? '/';
    evidence.push({ kind: change.group ? 'group' : 'org-unit', name: where, detail: `${reason} (set ${change.time}${change.actor ? ` by ${change.actor}` : ''})` });
  }
  if (evidence.length) return { status: 'fail', summary: `${evidence.length} OU/group${evidence.length === 1 ? '' : 's'} ${judgement.failWhat} ${caveat}.`, evidence };
  const top = changes.find((c) => isTopUnit(c, policies) && c.value !== null);
  // Google returns the newest events first: past the page cap an older weak override may still be in force.
  if (top && log.truncated) {
    return {
      status: 'not_assessed',
      summary: `${judgement.passSummary} at the top OU, but an older weak change at another OU or group may lie past the last page read ${caveat}; check it in the Admin console by hand.`,
      evidence: [{ kind: 'setting', name: judgement.setting, detail: `${top.value} on ${top.time}` }],
    };
  }
  if (top) return { status: 'pass', summary: `${judgement.passSummary} ${caveat}.`, evidence: [{ kind: 'setting', name: judgement.setting, detail: `${top.value} on ${top.time}` }] };
  return {
    status: 'not_assessed',
    summary: `The admin log shows no change of this setting at the top OU ${caveat}, so its current value is not visible (Google's default: ${judgement.googleDefault}); check it in the Admin console by hand.`,
  };
}
