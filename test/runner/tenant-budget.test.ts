import { describe, expect, it } from 'vitest';
import { runWithinBudget, type BudgetLane } from '../../src/runner/tenant-budget.js';

interface Item {
  name: string;
  lanes: BudgetLane[];
}

/** Runs the items with each run held open until the test lets it finish; records what ran at once. */
function harness(items: Item[], total: number, stopped = () => false) {
  const running = new Set<string>();
  const order: string[] = [];
  const release = new Map<string, () => void>();
  let most = 0;
  const mostIn = new Map<string, number>();
  const done = runWithinBudget(
    items,
    total,
    (item) => item.lanes,
    (item) =>
      new Promise<string>((resolve) => {
        running.add(item.name);
        order.push(item.name);
        most = Math.max(most, running.size);
        for (const lane of item.lanes) {
          const count = items.filter((i) => running.has(i.name) && i.lanes.some((l) => l.key === lane.key)).length;
          mostIn.set(lane.key, Math.max(mostIn.get(lane.key) ?? 0, count));
        }
        release.set(item.name, () => {
          running.delete(item.name);
          resolve(`${item.name} done`);
        });
      }),
    stopped,
    'not started',
  );
  const finish = async (name: string) => {
    release.get(name)!();
    await new Promise((r) => setImmediate(r));
  };
  return { done, running, order, finish, most: () => most, mostIn };
}

const m365 = (n: number): Item => ({ name: `m${n}`, lanes: [{ key: 'provider:m365', max: 2 }] });
const gws = (n: number): Item => ({ name: `g${n}`, lanes: [{ key: 'provider:gws', max: 1 }] });

describe('runWithinBudget', () => {
  it('keeps to the total and to each lane, and lets a tenant behind a full lane start', async () => {
    const items = [gws(1), gws(2), m365(1), m365(2), m365(3)];
    const run = harness(items, 3);
    await new Promise((r) => setImmediate(r));
    expect([...run.running]).toEqual(['g1', 'm1', 'm2']);
    await run.finish('m1');
    expect([...run.running].sort()).toEqual(['g1', 'm2', 'm3']);
    await run.finish('g1');
    expect(run.running.has('g2')).toBe(true);
    for (const name of ['m2', 'm3', 'g2']) await run.finish(name);
    expect(await run.done).toEqual(['g1 done', 'g2 done', 'm1 done', 'm2 done', 'm3 done']);
    expect(run.most()).toBe(3);
    expect(run.mostIn.get('provider:m365')).toBe(2);
    expect(run.mostIn.get('provider:gws')).toBe(1);
  });

  it('starts nothing more once stopped; what never started resolves to the marker', async () => {
    let stop = false;
    const run = harness([m365(1), m365(2), m365(3)], 1, () => stop);
    await new Promise((r) => setImmediate(r));
    stop = true;
    await run.finish('m1');
    expect(await run.done).toEqual(['m1 done', 'not started', 'not started']);
    expect(run.order).toEqual(['m1']);
  });

  it('resolves at once with no items', async () => {
    expect(await runWithinBudget([], 4, () => [], async () => 1, () => false, 0)).toEqual([]);
  });
});
