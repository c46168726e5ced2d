import { describe, expect, it } from 'vitest';
import { duration, RunProgress } from '../../src/runner/run-progress.js';
import { WarningSummary } from '../../src/runner/warning-summary.js';

describe('RunProgress', () => {
  it('counts done, failed, running and queued tenants and estimates the time left from the rate so far', () => {
    const progress = new RunProgress(10, 0);
    for (let i = 0; i < 6; i++) progress.started();
    progress.finished('audited');
    progress.finished('failed');
    expect(progress.statusLine(4_000)).toBe('2/10 done (1 failed) · 4 running · 4 queued · 4s elapsed');
    progress.finished('audited');
    progress.finished('audited');
    expect(progress.statusLine(8_000)).toBe('4/10 done (1 failed) · 2 running · 4 queued · 8s elapsed · about 12s left');
  });

  it('counts the transport\'s retry waits and the time they held the run back', () => {
    const progress = new RunProgress(2, 0);
    progress.started();
    progress.waited(1_500);
    progress.waited(2_500);
    expect(progress.statusLine(5_000)).toBe('0/2 done · 1 running · 1 queued · 2 retry waits (4s in all) · 5s elapsed');
  });

  it('counts throttling apart from other retry waits and sums it up for the end of the run', () => {
    const progress = new RunProgress(2, 0);
    progress.started();
    expect(progress.throttling()).toBeUndefined();
    progress.waited(30_000, true);
    progress.waited(12_000, true);
    progress.waited(1_000);
    expect(progress.statusLine(60_000)).toBe('0/2 done · 1 running · 1 queued · 2 throttled waits (42s in all) · 1 retry wait (1s in all) · 1m 0s elapsed');
    expect(progress.throttling()).toBe('throttled 2 times, 42s waited');
  });

  it('says no time left once every tenant is done', () => {
    const progress = new RunProgress(1, 0);
    progress.started();
    progress.finished('audited');
    expect(progress.statusLine(1_000)).toBe('1/1 done · 0 running · 0 queued · 1s elapsed');
  });

  it.each([
    [59_400, '59s'],
    [61_000, '1m 1s'],
    [3_720_000, '1h 2m'],
  ])('writes %i ms as %s', (ms, text) => expect(duration(ms)).toBe(text));
});

describe('WarningSummary', () => {
  it('tells a warning once and sums up the tenants it recurred on, messages differing only in numbers alike', () => {
    const summary = new WarningSummary();
    expect(summary.add('t1', 'sensitivityLabels not read: 403 InformationProtectionPolicy.Read.All missing')).toBe(true);
    expect(summary.add('t2', 'sensitivityLabels not read: 403 InformationProtectionPolicy.Read.All missing')).toBe(false);
    expect(summary.add('t2', 'only 12 of 40 users read')).toBe(true);
    for (const t of ['t3', 't4', 't5', 't6', 't7']) summary.add(t, 'sensitivityLabels not read: 403 InformationProtectionPolicy.Read.All missing');
    expect(summary.lines()).toEqual(['warning on 7 tenants (t1, t2, t3, t4, t5 and 2 more): sensitivityLabels not read: 403 InformationProtectionPolicy.Read.All missing']);
    summary.add('t9', 'only 7 of 41 users read');
    expect(summary.lines()[1]).toBe('warning on 2 tenants (t2, t9): only 12 of 40 users read');
  });
});
