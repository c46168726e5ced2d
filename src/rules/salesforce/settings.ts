import type { Evidence, Verdict } from '../../core/model.js';

export interface RequiredSetting {
  /** The Setup label an admin searches for. */
  label: string;
  value: boolean | null;
  /** The secure value. */
  want: boolean;
}

/** Verdict for a group of on/off settings that must all hold their secure value; an unset value counts as off. */
export function requireSettings(settings: RequiredSetting[], passSummary: string): Verdict {
  const wrong = settings.filter((s) => (s.value ?? false) !== s.want);
  if (wrong.length === 0) return { status: 'pass', summary: passSummary };
  const evidence: Evidence[] = wrong.map((s) => ({
    kind: 'setting',
    name: s.label,
    detail: `is ${s.value === null ? 'not set' : s.value ? 'on' : 'off'}; should be ${s.want ? 'on' : 'off'}`,
  }));
  return { status: 'fail', summary: `${wrong.length} setting${wrong.length === 1 ? ' is' : 's are'} not secure: ${wrong.map((s) => s.label).join('; ')}.`, evidence };
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
