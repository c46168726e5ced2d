import { describe, expect, it } from 'vitest';
import { CREDENTIAL_PATTERNS, mayHoldCredential } from '../../src/redaction/credential-patterns.js';

/** Random texts of the pieces the patterns look for, in every order: a cheap test must never turn one away that a pattern changes. */
function* mixedTexts(rounds: number): Generator<string> {
  let seed = 11;
  const random = (below: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % below;
  };
  const pieces = ['a', 'Z', '1', ' ', '"', ':', '=', '/', '\\', '@', '!', '.', 'https', '://', ':\\/\\/', 'u:p@', 'alice@contoso.example', 'Bearer ', 'Authorization', 'password', 'client_secret', 'eyJhbGci', 'x1y2.z3w4', '00D000000000001', 'AbCdEfGhIjKlMnOpQrSt', 'ya29.', 'PRIVATE KEY', '-----BEGIN '];
  for (let round = 0; round < rounds; round++) yield Array.from({ length: 1 + random(10) }, () => pieces[random(pieces.length)]).join('');
}

describe('mayHoldCredential, the test every string passes before the patterns run', () => {
  it('lets through every text that some pattern changes, and each pattern only through its own mayMatch', () => {
    let changed = 0;
    for (const text of mixedTexts(20_000)) {
      for (const pattern of CREDENTIAL_PATTERNS) {
        if (pattern.redact(text) === text) continue;
        changed++;
        expect(pattern.mayMatch(text), `${pattern.name}: ${text}`).toBe(true);
        expect(mayHoldCredential(text), `${pattern.name}: ${text}`).toBe(true);
      }
    }
    // The texts do reach the patterns: a generator that never built a credential would prove nothing.
    expect(changed).toBeGreaterThan(1_000);
  });

  it('turns away e-mail addresses and UPNs, most of a directory snapshot, unless a URL scheme comes before the @', () => {
    expect(mayHoldCredential('alice@contoso.example')).toBe(false);
    expect(mayHoldCredential('Alice Smith <alice@contoso.example>; bob@fabrikam.example')).toBe(false);
    expect(mayHoldCredential('https://u:pw@host.example/')).toBe(true);
    expect(mayHoldCredential('{"u":"https:\\/\\/u:pw@host"}')).toBe(true);
  });
});
