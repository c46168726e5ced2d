import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/core/model.js';
import type { HistoryRun } from '../../src/history/run-history.js';
import { historyInsights } from '../../src/report/history-insights.js';

const run = (startedAt: string, statuses: Record<string, Status>, owner = 'Conditional Access Administrator'): HistoryRun => ({
  historyVersion: 1,
  startedAt,
  finishedAt: startedAt,
  tenants: [
    {
      name: 'contoso',
      provider: 'm365',
      outcome: 'audited',
      results: Object.entries(statuses).map(([checkId, status]) => ({ checkId, status, severity: 'high', area: 'mfa', title: `${checkId} title`, owner })),
    },
  ],
});

describe('historyInsights', () => {
  const runs = [
    run('2026-11-01T06:00:00Z', { a: 'fail', b: 'fail', c: 'pass' }),
    run('2026-11-03T06:00:00Z', { a: 'pass', b: 'not_assessed', c: 'fail' }),
    run('2026-11-05T06:00:00Z', { a: 'fail', b: 'fail', c: 'fail' }),
  ];
  const insights = historyInsights(runs);
  const contoso = insights.tenants.get('m365:contoso') ?? [...insights.tenants.values()][0]!;

  it('dates each open failure from the start of its current streak; an unreadable run does not end a streak', () => {
    expect(contoso.open).toEqual([
      { checkId: 'b', title: 'b title', firstSeen: '2026-11-01T06:00:00Z', regression: false },
      { checkId: 'c', title: 'c title', firstSeen: '2026-11-03T06:00:00Z', regression: false },
      { checkId: 'a', title: 'a title', firstSeen: '2026-11-05T06:00:00Z', regression: true },
    ]);
    expect(insights.regressions).toBe(1);
  });

  it('lists fixes with their dates and the mean time to fix per owner', () => {
    expect(contoso.fixed).toEqual([{ checkId: 'a', title: 'a title', firstSeen: '2026-11-01T06:00:00Z', fixedAt: '2026-11-03T06:00:00Z' }]);
    expect(insights.timeToFix).toEqual([{ owner: 'Conditional Access Administrator', fixes: 1, meanDays: 2 }]);
    expect(insights).toMatchObject({ runs: 3, since: '2026-11-01T06:00:00Z' });
  });

  it('attributes time to fix to the named owner when there is one', () => {
    const named = runs.map((r) => ({ ...r, tenants: r.tenants.map((t) => ({ ...t, results: t.results.map((x) => ({ ...x, assignee: 'Identity team' })) })) }));
    expect(historyInsights(named).timeToFix.map((t) => t.owner)).toEqual(['Identity team']);
  });
});
