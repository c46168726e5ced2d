import type { Evidence, Verdict } from '../../core/model.js';
import type { Profile } from '../../core/tenant-settings.js';
import type { GwsPolicies } from '../../snapshot/gws.js';
import { perControlVerdict } from '../per-control-verdict.js';
import { effectiveSetting, type EffectiveTarget, type SettingSpec } from './effective-settings.js';

/** Returns why a target's effective value is weak (e.g. "externalSharingMode is ALLOWED"), or null when it is fine. */
export type WeaknessTest = (value: Record<string, unknown>, target: EffectiveTarget) => string | null;

function describeOrigins(target: EffectiveTarget, fields: readonly string[]): string {
  const sources = [...new Set(fields.map((f) => target.origin[f]).filter((s): s is string => Boolean(s)))];
  if (sources.length === 0) return '';
  if (sources.length === 1 && sources[0] === target.name && target.kind === 'org-unit') return ' (set here)';
  return ` (from ${sources.join(', ')})`;
}

export interface SettingJudgement {
  spec: SettingSpec;
  /** Fields the test reads, to name where the weak value comes from. */
  fields: readonly string[];
  weak: WeaknessTest;
  /** e.g. "Drive external sharing is restricted". */
  passSummary: string;
  /** e.g. "allow sharing with anyone". */
  failWhat: string;
}

/** Judges one setting for every OU and group; fails per target whose effective value is weak. */
export function judgeSetting(policies: GwsPolicies, judgement: SettingJudgement): Verdict {
  const targets = effectiveSetting(policies, judgement.spec);
  const evidence: Evidence[] = [];
  for (const target of targets) {
    if (target.serviceDisabled) continue;
    const reason = judgement.weak(target.value, target);
    if (!reason) continue;
    evidence.push({
      kind: target.kind,
      name: target.kind === 'group' ? `group ${target.name}` : target.name,
      id: target.kind === 'group' ? `groups/${target.id}` : `orgUnits/${target.id}`,
      detail: `${reason}${describeOrigins(target, judgement.fields)}`,
    });
  }
  const ous = targets.filter((t) => t.kind === 'org-unit').length;
  const groups = targets.length - ous;
  const scope = `${ous} organisational unit${ous === 1 ? '' : 's'}${groups ? ` and ${groups} group override${groups === 1 ? '' : 's'}` : ''}`;
  if (evidence.length === 0) return { status: 'pass', summary: `${judgement.passSummary} in all ${scope}.` };
  return {
    status: 'fail',
    summary: `${evidence.length} of ${targets.length} OUs/groups ${judgement.failWhat}: ${evidence.slice(0, 3).map((e) => e.name).join(', ')}${evidence.length > 3 ? ', …' : ''}.`,
    evidence,
  };
}

/** One verdict from several judged together for one control: it fails where any fails, with all their evidence. */
export function allOf(verdicts: readonly Verdict[]): Verdict {
  const failed = verdicts.filter((v): v is Extract<Verdict, { status: 'fail' }> => v.status === 'fail');
  if (failed.length === 0) return { status: 'pass', summary: verdicts.map((v) => v.summary).join(' ') };
  return { status: 'fail', summary: failed.map((v) => v.summary).join(' '), evidence: failed.flatMap((v) => v.evidence) };
}

/** SCuBA ids are spelt "GWS.…"; CIS Google Workspace ids are bare numbers. */
const isScubaId = (id: string) => id.startsWith('GWS.');

/** One verdict per cited control, the profile deciding only the check's status (see perControlVerdict). */
export const verdictPerControl = (byControl: Readonly<Record<string, Verdict>>, profile: Profile = 'strict'): Verdict => perControlVerdict(byControl, profile, isScubaId);

/** Seconds in a Google duration string such as "43200s" (also accepts "12h", "30m"). */
export function durationSeconds(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d+(?:\.\d+)?)([smh])$/i.exec(value.trim());
  if (!match) return null;
  const n = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  return unit === 'h' ? n * 3600 : unit === 'm' ? n * 60 : n;
}

export function formatSeconds(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400} day${seconds === 86400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  return `${seconds} seconds`;
}
