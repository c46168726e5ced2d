import type { HistoryRun } from '../history/run-history.js';
import { tenantKey } from './format.js';

/** A stretch of consecutive runs in which a check failed (unwaived) in a tenant. */
interface Episode {
  checkId: string;
  title: string;
  owner: string;
  from: string;
  /** The first run in which it no longer failed; undefined while it still fails. */
  fixedAt?: string;
}

export interface TenantHistory {
  /** Open failures now, with the run their current streak began in. */
  open: { checkId: string; title: string; firstSeen: string; regression: boolean }[];
  /** Failures fixed in the kept runs, latest first. */
  fixed: { checkId: string; title: string; firstSeen: string; fixedAt: string }[];
  /** The kept runs (and the current one) this tenant was in, and the first of them. */
  runs: number;
  since: string;
  /** This tenant's own share of the run's figures below: a client's report shows only these. */
  timeToFix: HistoryInsights['timeToFix'];
  regressions: number;
}

export interface HistoryInsights {
  runs: number;
  since: string;
  tenants: Map<string, TenantHistory>;
  /** Mean days from first seen to fixed, per owner (named owner, else admin role), over fixed failures. */
  timeToFix: { owner: string; fixes: number; meanDays: number }[];
  regressions: number;
}

const DAY_MS = 86_400_000;

/** Over the kept runs and the current one (last), oldest first. A tenant missing from a run breaks no streak. */
export function historyInsights(runs: readonly HistoryRun[]): HistoryInsights {
  const episodes = new Map<string, Map<string, Episode[]>>();
  const presence = new Map<string, { runs: number; since: string }>();
  for (const run of runs) {
    for (const tenant of run.tenants) {
      const key = tenantKey(tenant);
      const seen = presence.get(key) ?? presence.set(key, { runs: 0, since: run.startedAt }).get(key)!;
      seen.runs += 1;
      if (tenant.outcome === 'failed') continue;
      const byCheck = episodes.get(key) ?? episodes.set(key, new Map()).get(key)!;
      const failingNow = new Set<string>();
      for (const result of tenant.results) {
        if (result.status !== 'fail' || result.waived) continue;
        failingNow.add(result.checkId);
        const list = byCheck.get(result.checkId) ?? byCheck.set(result.checkId, []).get(result.checkId)!;
        const last = list[list.length - 1];
        if (!last || last.fixedAt) list.push({ checkId: result.checkId, title: result.title, owner: result.assignee ?? result.owner, from: run.startedAt });
      }
      const judged = new Set(tenant.results.filter((r) => r.status !== 'not_assessed' && r.status !== 'error').map((r) => r.checkId));
      for (const [checkId, list] of byCheck) {
        const last = list[list.length - 1]!;
        // Only a verdict ends a failure: an unreadable check in this run says nothing about it.
        if (!last.fixedAt && !failingNow.has(checkId) && judged.has(checkId)) last.fixedAt = run.startedAt;
      }
    }
  }
  const tenants = new Map<string, TenantHistory>();
  const fixTimes: FixTimes = new Map();
  let regressions = 0;
  for (const [key, byCheck] of episodes) {
    const own: FixTimes = new Map();
    const history: TenantHistory = { open: [], fixed: [], ...presence.get(key)!, timeToFix: [], regressions: 0 };
    for (const list of byCheck.values()) {
      for (const episode of list) {
        if (episode.fixedAt) {
          history.fixed.push({ checkId: episode.checkId, title: episode.title, firstSeen: episode.from, fixedAt: episode.fixedAt });
          const days = (Date.parse(episode.fixedAt) - Date.parse(episode.from)) / DAY_MS;
          if (Number.isFinite(days)) for (const times of [fixTimes, own]) (times.get(episode.owner) ?? times.set(episode.owner, []).get(episode.owner)!).push(days);
        }
      }
      const last = list[list.length - 1]!;
      if (!last.fixedAt) {
        const regression = list.length > 1;
        if (regression) history.regressions += 1;
        history.open.push({ checkId: last.checkId, title: last.title, firstSeen: last.from, regression });
      }
    }
    history.open.sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.checkId.localeCompare(b.checkId));
    history.fixed.sort((a, b) => b.fixedAt.localeCompare(a.fixedAt) || a.checkId.localeCompare(b.checkId));
    history.timeToFix = meanTimeToFix(own);
    regressions += history.regressions;
    tenants.set(key, history);
  }
  return { runs: runs.length, since: runs[0]?.startedAt ?? '', tenants, timeToFix: meanTimeToFix(fixTimes), regressions };
}

/** Days from first seen to fixed, by owner. */
type FixTimes = Map<string, number[]>;

function meanTimeToFix(fixTimes: FixTimes): HistoryInsights['timeToFix'] {
  return [...fixTimes.entries()]
    .map(([owner, days]) => ({ owner, fixes: days.length, meanDays: Math.round((10 * days.reduce((a, b) => a + b, 0)) / days.length) / 10 }))
    .sort((a, b) => b.meanDays - a.meanDays || a.owner.localeCompare(b.owner));
}

/**
 * The insights of one tenant alone, for the reports handed to that tenant (--per-tenant): the run's
 * regressions and time to fix are every client's together, and one client must not read them.
 */
export function tenantInsights(insights: HistoryInsights, key: string): HistoryInsights | undefined {
  const own = insights.tenants.get(key);
  if (!own) return undefined;
  return { runs: own.runs, since: own.since, tenants: new Map([[key, own]]), timeToFix: own.timeToFix, regressions: own.regressions };
}
