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

function ipv4(value: string): bigint | null {
  const parts = value.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((acc, p) => acc * 256n + BigInt(p), 0n);
}

function ipv6(value: string): bigint | null {
  // A trailing dotted quad (::ffff:192.0.2.1) stands for the last two groups.
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  let text = value;
  if (dotted) {
    const v4 = ipv4(dotted[2]!);
    if (v4 === null) return null;
    text = `${dotted[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const elided = 8 - head.length - tail.length;
  if (halves.length === 2 ? elided < 1 : elided !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? elided : 0).fill('0'), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** Salesforce keeps IPv4 ranges in the IPv4-mapped IPv6 space ::ffff:0:0 to ::ffff:ffff:ffff (help article 000381914). */
function ipAddress(value: string): { family: 4 | 6; value: bigint } | null {
  const text = value.trim();
  if (!text.includes(':')) {
    const v4 = ipv4(text);
    return v4 === null ? null : { family: 4, value: v4 };
  }
  const v6 = ipv6(text);
  if (v6 === null) return null;
  return v6 >> 32n === 0xffffn ? { family: 4, value: v6 & 0xffffffffn } : { family: 6, value: v6 };
}

/** A /16: IPv4 ranges wider than this trust too much of the internet. */
export const MAX_TRUSTED_RANGE_ADDRESSES = 65_536;

/** A /48, the block one end site is usually given: IPv6 ranges wider than this trust other organisations' networks. */
export const MAX_TRUSTED_IPV6_RANGE_ADDRESSES = 2n ** 80n;

export interface IpRangeSize {
  family: 4 | 6;
  /** Addresses between the two ends inclusive. */
  addresses: bigint;
  wide: boolean;
}

/**
 * Size of a range given as two IPv4 or IPv6 addresses (IPv4-mapped ends count as IPv4); null when the ends
 * are not two addresses of one family, which a caller must not read as narrow.
 */
export function ipRangeSize(start: string, end: string): IpRangeSize | null {
  const a = ipAddress(start);
  const b = ipAddress(end);
  if (a === null || b === null || a.family !== b.family) return null;
  const addresses = (a.value > b.value ? a.value - b.value : b.value - a.value) + 1n;
  const max = a.family === 4 ? BigInt(MAX_TRUSTED_RANGE_ADDRESSES) : MAX_TRUSTED_IPV6_RANGE_ADDRESSES;
  return { family: a.family, addresses, wide: addresses > max };
}

/** Evidence text for a range's size. */
export function describeIpRangeSize(size: IpRangeSize | null): string {
  if (size === null) return 'not a range of IPv4 or IPv6 addresses';
  return `${size.addresses.toLocaleString('en-US')} ${size.family === 6 ? 'IPv6 ' : ''}addresses`;
}

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
