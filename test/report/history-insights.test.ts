import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/core/model.js';
import type { HistoryRun } from '../../src/history/run-history.js';
import { historyInsights, tenantInsights } from '../../src/report/history-insights.js';
import { tenantTrend } from '../../src/report/executive-summary.js';

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

describe('one tenant\'s own history, for the reports handed to that client', () => {
  const two = (startedAt: string, contoso: Record<string, Status>, fabrikam: Record<string, Status>): HistoryRun => {
    const [a] = run(startedAt, contoso, 'Security Administrator').tenants;
    const [b] = run(startedAt, fabrikam, 'Exchange Administrator').tenants;
    return { ...run(startedAt, {}), tenants: [a!, { ...b!, name: 'fabrikam' }] };
  };
  const runs = [
    two('2026-11-01T06:00:00Z', { a: 'fail', b: 'pass' }, { x: 'fail' }),
    two('2026-11-02T06:00:00Z', { a: 'pass', b: 'fail' }, { x: 'fail' }),
    two('2026-11-03T06:00:00Z', { a: 'fail', b: 'fail' }, { x: 'pass' }),
  ];
  const insights = historyInsights(runs);
  const keys = [...insights.tenants.keys()];
  const contosoKey = keys.find((k) => k.includes('contoso'))!;
  const fabrikamKey = keys.find((k) => k.includes('fabrikam'))!;

  it('keeps the run\'s figures over every tenant, and each tenant\'s alone beside them', () => {
    expect(insights.timeToFix.map((t) => t.owner)).toEqual(['Exchange Administrator', 'Security Administrator']);
    expect(insights.regressions).toBe(1);
    const contoso = tenantInsights(insights, contosoKey)!;
    expect(contoso.timeToFix).toEqual([{ owner: 'Security Administrator', fixes: 1, meanDays: 1 }]);
    expect(contoso.regressions).toBe(1);
    expect([...contoso.tenants.keys()]).toEqual([contosoKey]);
    const fabrikam = tenantInsights(insights, fabrikamKey)!;
    expect(fabrikam.timeToFix).toEqual([{ owner: 'Exchange Administrator', fixes: 1, meanDays: 2 }]);
    expect(fabrikam.regressions).toBe(0);
    expect(fabrikam).toMatchObject({ runs: 3, since: '2026-11-01T06:00:00Z' });
  });

  it('counts only the runs a tenant was in, and has nothing for a tenant it never judged', () => {
    const later = [...runs, { ...runs[2]!, startedAt: '2026-11-04T06:00:00Z', tenants: runs[2]!.tenants.filter((t) => t.name === 'contoso') }];
    const withGap = historyInsights(later);
    expect(tenantInsights(withGap, fabrikamKey)).toMatchObject({ runs: 3 });
    expect(tenantInsights(withGap, contosoKey)).toMatchObject({ runs: 4 });
    expect(tenantInsights(withGap, 'm365:nobody')).toBeUndefined();
  });

  it('scores each trend point by the tenant alone and leaves out the runs it was not in', () => {
    const trend = [
      { startedAt: '2026-11-01T06:00:00Z', score: 55, tenants: { [contosoKey]: 40, [fabrikamKey]: 70 } },
      { startedAt: '2026-11-02T06:00:00Z', score: 70, tenants: { [fabrikamKey]: 70 } },
      { startedAt: '2026-11-03T06:00:00Z', score: 50, tenants: { [contosoKey]: null, [fabrikamKey]: 50 } },
    ];
    expect(tenantTrend(trend, contosoKey)).toEqual([
      { startedAt: '2026-11-01T06:00:00Z', score: 40, tenants: { [contosoKey]: 40 } },
      { startedAt: '2026-11-03T06:00:00Z', score: null, tenants: { [contosoKey]: null } },
    ]);
  });
});
