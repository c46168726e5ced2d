import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../src/redaction/terminal-text.js';

describe('forTerminal', () => {
  it.each([
    ['colours (CSI SGR)', 'Access \x1b[31;1mdenied\x1b[0m.', 'Access denied.'],
    ['a screen clear and cursor move', '\x1b[2J\x1b[H\x1b[10;20Hfake prompt', 'fake prompt'],
    ['an 8-bit CSI', 'a\x9b31mb', 'ab'],
    ['a window title (OSC, BEL)', '\x1b]0;pwned\x07ok', 'ok'],
    ['a hyperlink (OSC 8, ST)', '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\', 'click'],
    ['a DCS string', 'x\x1bPq#0;2;0;0;0\x1b\\y', 'xy'],
    ['a charset switch', 'a\x1b(Bb', 'ab'],
    ['a lone ESC at the end', 'abc\x1b', 'abc'],
    ['carriage return (overwrites the line)', 'fail\rpass', 'failpass'],
    ['backspace and bell', 'pass\b\b\b\bfail\x07', 'passfail'],
    ['NUL, vertical tab, form feed, DEL', 'a\x00b\x0bc\x0cd\x7fe', 'abcde'],
    ['C1 controls', 'a\x85b\x9cc', 'abc'],
    ['bidi overrides and isolates', 'user\u202Egnp.exe\u202C \u2066x\u2069 \u200Ey\u200F\u061C', 'usergnp.exe x y'],
  ])('strips %s', (_name, input, expected) => {
    expect(forTerminal(input)).toBe(expected);
  });

  it('keeps tabs, newlines and ordinary Unicode', () => {
    const text = 'Tenant\tcontoso\nÄrger ✓ 日本語 — “quoted” مرحبا';
    expect(forTerminal(text)).toBe(text);
  });
});
