import type { ControlVerdicts, Evidence, Verdict } from '../../core/model.js';

export interface RequiredSetting {
  /** The Setup label an admin searches for. */
  label: string;
  value: boolean | null;
  /** The secure value. */
  want: boolean;
  /** The framework control (as the check cites it) that this setting alone decides. */
  control?: string;
}

function describeValue(s: RequiredSetting): string {
  return `is ${s.value === null ? 'not set' : s.value ? 'on' : 'off'}; should be ${s.want ? 'on' : 'off'}`;
}

/**
 * Verdict for a group of on/off settings that must all hold their secure value; an unset value counts as off.
 * Settings that name a control give that control its own verdict, so one wrong setting fails only its control.
 */
export function requireSettings(settings: RequiredSetting[], passSummary: string): Verdict {
  const isWrong = (s: RequiredSetting) => (s.value ?? false) !== s.want;
  const wrong = settings.filter(isWrong);
  const controls: Record<string, ControlVerdicts[string]> = {};
  for (const s of settings) {
    if (!s.control) continue;
    controls[s.control] = isWrong(s) ? { status: 'fail', summary: `${s.label} ${describeValue(s)}.` } : { status: 'pass', summary: `${s.label} is ${s.want ? 'on' : 'off'}.` };
  }
  const own = Object.keys(controls).length ? { controls } : {};
  if (wrong.length === 0) return { status: 'pass', summary: passSummary, ...own };
  const evidence: Evidence[] = wrong.map((s) => ({ kind: 'setting', name: s.label, detail: describeValue(s) }));
  return { status: 'fail', summary: `${wrong.length} setting${wrong.length === 1 ? ' is' : 's are'} not secure: ${wrong.map((s) => s.label).join('; ')}.`, evidence, ...own };
}

function ipv4(value: string): number | null {
  const parts = value.trim().split('.');
  if (parts.length !== 4) return null;
  const nums = parts.map((p) => Number(p));
  if (nums.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return null;
  return nums.reduce((acc, n) => acc * 256 + n, 0);
}

/** Number of addresses between two IPv4 addresses inclusive; null for IPv6 or malformed input. */
export function ipRangeSize(start: string, end: string): number | null {
  const a = ipv4(start);
  const b = ipv4(end);
  if (a === null || b === null) return null;
  return Math.abs(b - a) + 1;
}

/** A /16: ranges wider than this trust too much of the internet. */
export const MAX_TRUSTED_RANGE_ADDRESSES = 65_536;

/** Days between an ISO date and now; Infinity when there is no date. */
export function daysSince(iso: string | null, now: Date): number {
  if (!iso) return Number.POSITIVE_INFINITY;
  return (now.getTime() - new Date(iso).getTime()) / 86_400_000;
}

/**
 * Verdict for one setting that decides one control. A value the settings did not return (an API version
 * without the field, or a field left out) is not read as off: the control is not assessed.
 */
export function requireReturnedSetting(setting: RequiredSetting & { field: string }, passSummary: string): Verdict {
  if (setting.value === null) {
    return { status: 'not_assessed', summary: `SecuritySettings did not return ${setting.field}, so "${setting.label}" could not be read.` };
  }
  return requireSettings([setting], passSummary);
}
