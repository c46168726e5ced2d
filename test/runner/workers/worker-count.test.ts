import { describe, expect, it } from 'vitest';
import { workerCount } from '../../../src/runner/run-tenants-in-workers.js';
import { DEFAULT_MEMORY_TARGET_MB } from '../../../src/runner/heap-governor.js';

describe('workerCount', () => {
  it.each<[number | undefined, number, number, number, number, string]>([
    [undefined, 4, 2, 5_000, 1, 'a small run stays in the main thread'],
    [undefined, 150, 2, 5_000, 1, 'one thread until there are enough tenants for two'],
    [undefined, 300, 2, 5_000, 2, 'one thread per core for a large run'],
    [undefined, 10_000, 8, 100_000, 8, 'never more threads than cores unless asked'],
    [undefined, 1_000, 2, 400, 1, 'the default memory target has room for one thread'],
    [undefined, 1_000, 8, 900, 3, 'as many threads as the memory target has room for'],
    [4, 10, 2, 400, 4, 'as many as asked for, whatever the memory target'],
    [8, 3, 2, 5_000, 3, 'never more than one per tenant'],
    [1, 1_000, 2, 5_000, 1, '1 is the in-process run'],
  ])('asked %s, %i tenants, %i cores, memory target %i MB: %i (%s)', (asked, tenants, cores, memoryTargetMb, expected, _why) => {
    expect(workerCount(asked, tenants, cores, memoryTargetMb)).toBe(expected);
  });

  it('without a memory target, counts with the default one', () => {
    expect(workerCount(undefined, 1_000, 2)).toBe(workerCount(undefined, 1_000, 2, DEFAULT_MEMORY_TARGET_MB));
  });
});
