import { describe, expect, it } from 'vitest';
import { HeapGovernor, heapShareBytes } from '../../src/runner/heap-governor.js';

const MB = 1024 * 1024;

/** A heap that grows by what the test allocates and shrinks to its live data when collected. */
function fakeHeap(live: number) {
  const heap = { used: live, live, collections: 0 };
  return { heap, collect: () => ((heap.used = heap.live), heap.collections++), used: () => heap.used };
}

describe('HeapGovernor', () => {
  it('does not collect while the heap is within its share', async () => {
    const { heap, collect, used } = fakeHeap(50 * MB);
    const governor = new HeapGovernor(100 * MB, collect, used);
    heap.used = 100 * MB;
    governor.check();
    await governor.settled();
    expect(heap.collections).toBe(0);
  });

  it('collects once the heap passes its share', async () => {
    const { heap, collect, used } = fakeHeap(50 * MB);
    const governor = new HeapGovernor(100 * MB, collect, used);
    heap.used = 101 * MB;
    governor.check();
    await governor.settled();
    expect(heap.collections).toBe(1);
    expect(heap.used).toBe(50 * MB);
  });

  it('with live data well within the share, collects again as soon as the heap passes the share', async () => {
    const { heap, collect, used } = fakeHeap(60 * MB);
    const governor = new HeapGovernor(100 * MB, collect, used);
    for (let i = 0; i < 3; i++) {
      heap.used = 101 * MB;
      governor.check();
      await governor.settled();
    }
    expect(heap.collections).toBe(3);
  });

  it('with live data near or above the share, waits for the heap to grow by half of it before collecting again', async () => {
    const { heap, collect, used } = fakeHeap(300 * MB);
    const governor = new HeapGovernor(100 * MB, collect, used);
    heap.used = 320 * MB;
    governor.check();
    await governor.settled();
    expect(heap.collections).toBe(1);
    for (const size of [310, 400, 450]) {
      heap.used = size * MB;
      governor.check();
      await governor.settled();
    }
    expect(heap.collections).toBe(1);
    heap.used = 451 * MB;
    governor.check();
    await governor.settled();
    expect(heap.collections).toBe(2);
  });

  it('comes back to its share once the live data shrinks', async () => {
    const { heap, collect, used } = fakeHeap(300 * MB);
    const governor = new HeapGovernor(100 * MB, collect, used);
    heap.used = 320 * MB;
    governor.check();
    await governor.settled();
    heap.live = 20 * MB;
    heap.used = 451 * MB;
    governor.check();
    await governor.settled();
    heap.used = 101 * MB;
    governor.check();
    await governor.settled();
    expect(heap.collections).toBe(3);
  });

  it('reaches the real collector: a heap of garbage shrinks', async () => {
    const governor = new HeapGovernor(1);
    let garbage: unknown[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    garbage = undefined;
    expect(garbage).toBeUndefined();
    governor.check();
    await governor.settled();
    expect(governor.collections).toBe(1);
  });

  it('starts no second collection while one is running', async () => {
    let finish: () => void = () => {};
    let started = 0;
    let used = 100;
    const governor = new HeapGovernor(10, () => ((started += 1), new Promise<void>((resolve) => (finish = resolve))), () => used);
    governor.check();
    governor.check();
    expect(started).toBe(1);
    finish();
    await governor.settled();
    used = 201;
    governor.check();
    expect(started).toBe(2);
  });
});

describe('heapShareBytes', () => {
  it('splits the heap part of the target between the threads that audit', () => {
    expect(heapShareBytes(400, 1)).toBe(168 * MB);
    expect(heapShareBytes(400, 2)).toBe(84 * MB);
  });

  it('never gives a thread less than 64 MB', () => {
    expect(heapShareBytes(100, 4)).toBe(64 * MB);
  });
});
