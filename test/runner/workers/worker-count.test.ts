import { describe, expect, it } from 'vitest';
import { workerCount } from '../../../src/runner/run-tenants-in-workers.js';

describe('workerCount', () => {
  it.each<[number | undefined, number, number, number, string]>([
    [undefined, 4, 2, 1, 'a small run stays in the main thread'],
    [undefined, 150, 2, 1, 'one thread until there are enough tenants for two'],
    [undefined, 300, 2, 2, 'one thread per core for a large run'],
    [undefined, 10_000, 8, 8, 'never more threads than cores unless asked'],
    [4, 10, 2, 4, 'as many as asked for'],
    [8, 3, 2, 3, 'never more than one per tenant'],
    [1, 1_000, 2, 1, '1 is the in-process run'],
  ])('asked %s, %i tenants, %i cores: %i (%s)', (asked, tenants, cores, expected, _why) => {
    expect(workerCount(asked, tenants, cores)).toBe(expected);
  });
});
