/**
 * The longest chain of round trips in one tenant's request log: a request arriving after another was
 * answered is counted as waiting for it. This is the chain the client actually made, so a client that
 * waits needlessly lengthens it (the ideal is then generous to that client, never unfair to it).
 */
export function chainLength(timings: readonly (readonly [number, number])[]): number {
  const sorted = [...timings].sort((a, b) => a[0] - b[0]);
  const depth: number[] = [];
  let longest = 0;
  for (let i = 0; i < sorted.length; i++) {
    let before = 0;
    for (let j = 0; j < i; j++) if (sorted[j]![1] <= sorted[i]![0]) before = Math.max(before, depth[j]!);
    depth.push(before + 1);
    longest = Math.max(longest, before + 1);
  }
  return longest;
}

/** The wall time of tenants' chains run in order over `lanes` lanes, each tenant taking the first free lane. */
export function idealWallMs(chainsMs: readonly number[], lanes: number): number {
  const free = new Array<number>(Math.max(1, lanes)).fill(0);
  for (const chain of chainsMs) {
    let first = 0;
    for (let i = 1; i < free.length; i++) if (free[i]! < free[first]!) first = i;
    free[first]! += chain;
  }
  return Math.max(...free);
}
