import { describe, expect, it } from 'vitest';
import { showBidiControls, showBidiControlsDeep } from '../../src/redaction/bidi-controls.js';

describe('bidi controls in tenant text', () => {
  it('shows every embedding, override and isolate as its code point and keeps the marks', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    expect(showBidiControls(`a${controls.join('')}b`)).toBe('a[U+202A][U+202B][U+202C][U+202D][U+202E][U+2066][U+2067][U+2068][U+2069]b');
    expect(showBidiControls('\u200Eמנהל\u200F \u061C')).toBe('\u200Eמנהל\u200F \u061C');
  });

  it('copies only what changes: a clean value comes back as the same object', () => {
    const clean = { tenants: [{ name: 'contoso', evidence: [{ name: 'App', detail: 'x' }] }], count: 3 };
    expect(showBidiControlsDeep(clean)).toBe(clean);
    const hostile = { tenants: [{ name: 'contoso', evidence: [{ name: 'App\u202E', detail: 'x' }] }, { name: 'other' }], count: 3 };
    const shown = showBidiControlsDeep(hostile);
    expect(shown).toEqual({ tenants: [{ name: 'contoso', evidence: [{ name: 'App[U+202E]', detail: 'x' }] }, { name: 'other' }], count: 3 });
    expect(shown.tenants[1]).toBe(hostile.tenants[1]);
    expect(hostile.tenants[0]!.evidence![0]!.name).toBe('App\u202E');
  });
});
