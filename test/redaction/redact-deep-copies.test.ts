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

  it('redacts a long text that comes again in every place, and a secret learnt between two walks in the second', () => {
    const redactor = createRedactor([SECRET]);
    const long = `Remediation for this check, long enough to be remembered within one walk: ${SECRET}.`;
    const again = [...long].join('');
    const tenants = [{ remediation: long }, { remediation: again }, { remediation: long }];
    expect(redactor.redactDeep(tenants).map((t) => t.remediation)).toEqual(Array(3).fill(long.replace(SECRET, '[redacted]')));
    const clean = 'A long text with no secret in it yet, the same in both walks: token-learnt-later-0001';
    expect(redactor.redactDeep([clean, clean])).toEqual([clean, clean]);
    redactor.add('token-learnt-later-0001');
    expect(redactor.redactDeep([clean, clean])).toEqual(Array(2).fill(clean.replace('token-learnt-later-0001', '[redacted]')));
  });
});
