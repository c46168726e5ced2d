import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';

/** Strict nock: no real network, no unused mock, no unmatched request. */
export function strictNock(): { unmatched: string[] } {
  const state = { unmatched: [] as string[] };
  const onNoMatch = (req: { method?: string; path?: string; options?: { path?: string } }) => {
    state.unmatched.push(`${req.method ?? ''} ${req.path ?? req.options?.path ?? ''}`);
  };
  beforeEach(() => {
    state.unmatched.length = 0;
    nock.disableNetConnect();
    nock.emitter.on('no match', onNoMatch);
  });
  afterEach(() => {
    nock.emitter.removeListener('no match', onNoMatch);
    const pending = nock.pendingMocks();
    nock.cleanAll();
    nock.enableNetConnect();
    expect(state.unmatched, 'unmatched requests').toEqual([]);
    expect(pending, 'unused mocks').toEqual([]);
  });
  return state;
}
