/** One cap a tenant counts against while it runs: the run's total, its provider's, its credential's. */
export interface BudgetLane {
  key: string;
  max: number;
}

/**
 * Runs `run` for each item in order, never more than `total` at once nor more than any of an item's
 * lanes allow. An item whose lane is full waits without holding back the items behind it (a Google
 * tenant waiting for its Cloud project's quota does not stall the Microsoft 365 tenants queued after
 * it). Once `stopped()` is true nothing more is started: the items never started resolve to `notStarted`.
 */
export function runWithinBudget<T, R>(items: readonly T[], total: number, lanesOf: (item: T) => readonly BudgetLane[], run: (item: T) => Promise<R>, stopped: () => boolean, notStarted: R): Promise<R[]> {
  const results = new Array<R>(items.length);
  const lanes = items.map(lanesOf);
  const inLane = new Map<string, number>();
  let waiting = items.map((_, index) => index);
  let running = 0;
  let settled = 0;
  return new Promise<R[]>((resolve, reject) => {
    const fits = (index: number) => running < total && lanes[index]!.every((lane) => (inLane.get(lane.key) ?? 0) < lane.max);
    const finish = (index: number, result: R) => {
      results[index] = result;
      if (++settled === items.length) resolve(results);
    };
    const start = (index: number) => {
      running++;
      for (const lane of lanes[index]!) inLane.set(lane.key, (inLane.get(lane.key) ?? 0) + 1);
      run(items[index]!).then(
        (result) => {
          running--;
          for (const lane of lanes[index]!) inLane.set(lane.key, inLane.get(lane.key)! - 1);
          finish(index, result);
          pump();
        },
        reject,
      );
    };
    const pump = () => {
      if (stopped()) {
        for (const index of waiting) finish(index, notStarted);
        waiting = [];
        return;
      }
      const later: number[] = [];
      for (const index of waiting) {
        if (running < total && fits(index)) start(index);
        else later.push(index);
      }
      waiting = later;
    };
    if (items.length === 0) resolve(results);
    else pump();
  });
}
