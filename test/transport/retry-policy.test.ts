import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/transport/limits.js';
import { parseRetryAfter, retryWaitMs } from '../../src/transport/retry-policy.js';

const NOW = Date.parse('2026-12-01T10:00:00Z');

describe('Retry-After', () => {
  it.each([
    ['7', 7_000],
    ['0.5', 500],
    ['Tue, 01 Dec 2026 10:00:30 GMT', 30_000],
  ])('%s asks for %d ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each(['0', '-3', 'soon', '', 'Tue, 01 Dec 2026 09:59:00 GMT', '1e9x'])('%j asks for nothing usable', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  it('is capped at maxRetryWaitMs', () => {
    expect(retryWaitMs('86400', 1, DEFAULT_LIMITS, NOW, () => 0.5)).toBe(DEFAULT_LIMITS.maxRetryWaitMs);
  });

  it('falls back to jittered exponential backoff, never zero', () => {
    const limits = { ...DEFAULT_LIMITS, backoffBaseMs: 1_000, backoffMaxMs: 8_000 };
    expect([1, 2, 3, 4, 5].map((attempt) => retryWaitMs('0', attempt, limits, NOW, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(retryWaitMs(undefined, 1, limits, NOW, () => 0)).toBe(500);
  });
});
