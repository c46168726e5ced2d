import type { Evidence, Verdict } from '../../core/model.js';
import type { Profile } from '../../core/tenant-settings.js';
import { perControlVerdict } from '../per-control-verdict.js';

/** SCuBA ids for Microsoft 365 are spelt "MS.…"; CIS Microsoft 365 ids are bare numbers. */
const isScubaId = (id: string) => id.startsWith('MS.');

function dedupe(items: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.id ?? ''}\u0000${item.name}\u0000${item.detail ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface PerControlOptions {
  /**
   * The check's own status, summary and evidence when something other than the profile decides it
   * (a range the tenant configured); the controls keep their own verdicts.
   */
  overall?: Verdict;
  /** Names what decided `overall`, for the note on controls it does not reflect (e.g. "the configured range"). */
  overallBasis?: string;
  /**
   * The controls the profile counts, where the framework's own split is not it (the cis profile held to
   * CIS 5.2.2.7, L1, and not also to 5.2.2.8, L2, its stricter alternative).
   */
  held?: Partial<Record<Profile, readonly string[]>>;
  /** One summary for when every control passes, instead of joining theirs. */
  allPassSummary?: string;
}

/**
 * A check's verdict from one verdict per control it cites (keyed by the id as cited), each judged by
 * its own control's text. The profile decides only the check's overall status: the worst of SCuBA's
 * controls under scuba, of CIS's under cis, of all of them under strict. A control that fails while the
 * overall status does not is named in the summary, so the summary never reads as that control passing.
 */
export function verdictPerControl(byControl: Readonly<Record<string, Verdict>>, profile: Profile, options: PerControlOptions = {}): Verdict {
  const ids = Object.keys(byControl);
  const counted = perControlVerdict(byControl, profile, isScubaId, options.held?.[profile]);
  const own = counted.controls;
  const overall: Verdict = options.overall ?? counted;
  const basis = options.overall ? (options.overallBasis ?? 'the check') : `the ${profile} profile`;
  if (options.allPassSummary && ids.every((id) => own[id]!.status === 'pass')) return { ...overall, summary: options.allPassSummary, controls: own };
  if (overall.status === 'fail') return { ...overall, controls: own };
  const outside = ids.filter((id) => own[id]!.status === 'fail');
  if (!outside.length) return { ...overall, controls: own };
  const notes = [...new Set(outside.map((id) => own[id]!.summary))].join(' ');
  const evidence = dedupe([...(overall.evidence ?? []), ...outside.flatMap((id) => byControl[id]!.evidence ?? [])]);
  return { ...overall, summary: `${overall.summary} Failing control${outside.length === 1 ? '' : 's'} ${basis} does not count: ${notes}`, evidence, controls: own };
}
