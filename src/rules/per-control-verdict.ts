import { verdictOfControls } from '../core/control-verdicts.js';
import type { ControlVerdict, Evidence, Verdict } from '../core/model.js';
import type { Profile } from '../core/tenant-settings.js';

/**
 * A check's verdict from one verdict per control it cites (keyed by the id as cited). Each control keeps its
 * own status and summary, following its own text. The overall status is the worst of the controls the profile
 * holds the tenant to (`held`, else SCuBA's under scuba, CIS's under cis, all of them under strict); its
 * evidence lists each item of those controls' verdicts with that status once.
 */
export function perControlVerdict(byControl: Readonly<Record<string, Verdict>>, profile: Profile, isScubaId: (id: string) => boolean, held?: readonly string[]): Verdict & { controls: Record<string, ControlVerdict> } {
  const ids = Object.keys(byControl);
  const counted = held?.filter((id) => ids.includes(id)) ?? (profile === 'strict' ? ids : ids.filter((id) => isScubaId(id) === (profile === 'scuba')));
  const deciding = counted.length ? counted : ids;
  const own: Record<string, ControlVerdict> = Object.fromEntries(ids.map((id) => [id, { status: byControl[id]!.status, summary: byControl[id]!.summary }]));
  const overall = verdictOfControls(Object.fromEntries(deciding.map((id) => [id, own[id]!])));
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const verdict of new Set(deciding.map((id) => byControl[id]!))) {
    if (verdict.status !== overall.status) continue;
    for (const item of verdict.evidence ?? []) {
      const key = `${item.id ?? ''}\u0000${item.name}\u0000${item.detail ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(item);
    }
  }
  return { ...overall, evidence, controls: own };
}
