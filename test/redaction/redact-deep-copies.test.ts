import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/redaction/redactor.js';

const SECRET = 'sk-live-9f8e7d6c5b4a3210';

describe('redactDeep', () => {
  it('keeps clean subtrees as they are and copies only the path to a redacted string', () => {
    const redactor = createRedactor([SECRET]);
    const clean = { users: [{ id: 'u1' }, { id: 'u2' }] };
    const input = { clean, errors: [{ message: `echoed ${SECRET}` }] };
    const out = redactor.redactDeep(input);
    expect(out.clean).toBe(clean);
    expect(out.errors[0]!.message).toBe('echoed [redacted]');
    expect(input.errors[0]!.message).toContain(SECRET);
    expect(redactor.redactDeep(clean)).toBe(clean);
  });

  it('treats a "__proto__" key from parsed JSON as data, never as the prototype', () => {
    const redactor = createRedactor([SECRET]);
    const parsed = JSON.parse(`{"__proto__": {"polluted": "${SECRET}"}, "other": "x"}`) as Record<string, unknown>;
    const out = redactor.redactDeep(parsed);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: '[redacted]' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
