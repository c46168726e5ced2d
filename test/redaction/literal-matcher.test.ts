import { describe, expect, it } from 'vitest';
import { LiteralMatcher } from '../../src/redaction/literal-matcher.js';

describe('LiteralMatcher', () => {
  const matcher = (...literals: string[]) => {
    const m = new LiteralMatcher(4);
    for (const literal of literals) m.add(literal);
    return m;
  };

  it.each([
    ['at the start, middle and end', ['abcd'], 'abcd-xabcdx-abcd', '#-x#x-#'],
    ['the whole text', ['abcdef'], 'abcdef', '#'],
    ['back to back', ['abcd'], 'abcdabcd', '##'],
    ['the longer of two that share a start', ['abcd', 'abcdefgh'], 'abcdefgh abcdxx', '# #xx'],
    ['several different ones', ['abcd', 'wxyz'], 'wxyz abcd', '# #'],
    ['non-ASCII text', ['ßüé€'], 'x ßüé€ y', 'x # y'],
  ])('replaces %s', (_name, literals, text, expected) => {
    expect(matcher(...literals).replaceAll(text, '#')).toBe(expected);
  });

  it('ignores literals shorter than its prefix length and leaves text with no match as it is', () => {
    const m = matcher('abc', 'abcd');
    expect(m.size).toBe(1);
    expect(m.replaceAll('abc ab abcde', '#')).toBe('abc ab #e');
    expect(m.replaceAll('nothing here', '#')).toBe('nothing here');
    expect(m.replaceAll('ab', '#')).toBe('ab');
  });

  it('finds every one of thousands of literals, as a search literal by literal would', () => {
    const m = new LiteralMatcher(8);
    const literals = Array.from({ length: 3_000 }, (_, i) => `k${(i * 7919).toString(36)}-${(i * 104729).toString(16)}-secret`);
    for (const literal of literals) m.add(literal);
    for (const [i, literal] of literals.entries()) {
      const text = `id ${i}: "${literal}" and ${literal.slice(1)} and 2025-10-01T10:00:00Z`;
      expect(m.replaceAll(text, '#')).toBe(text.split(literal).join('#'));
    }
  });

  it.each([4, 8])('agrees with a scan of every position, at the very start and end and between overlaps (prefix %i)', (prefix) => {
    // A small alphabet makes literals overlap, share starts and sit back to back; the seed keeps the cases the same.
    let seed = 42;
    const random = (below: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % below;
    };
    const word = (length: number) => Array.from({ length }, () => 'abc'[random(3)]).join('');
    for (let round = 0; round < 300; round++) {
      const literals = Array.from({ length: 1 + random(4) }, () => word(prefix + random(5)));
      const text = Array.from({ length: 1 + random(6) }, () => (random(2) ? literals[random(literals.length)]! : word(random(12)))).join('');
      const m = new LiteralMatcher(prefix);
      for (const literal of literals) m.add(literal);
      expect(m.replaceAll(text, '#'), `${JSON.stringify(literals)} in ${text}`).toBe(scanEveryPosition(literals, text, '#'));
    }
  });
});

/** The plain algorithm: at each position the longest literal that starts there, else the next position. */
function scanEveryPosition(literals: string[], text: string, marker: string): string {
  const longestFirst = [...literals].sort((a, b) => b.length - a.length);
  let out = '';
  for (let i = 0; i < text.length; ) {
    const hit = longestFirst.find((literal) => text.startsWith(literal, i));
    out += hit ? marker : text[i];
    i += hit ? hit.length : 1;
  }
  return out;
}
