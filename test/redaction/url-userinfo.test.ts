import { describe, expect, it } from 'vitest';
import { redactUrlUserInfo } from '../../src/redaction/url-userinfo.js';

/** The pattern the search stands for: its output is the reference. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:(?:\\?\/){2})[^\s/?#@"'<>\\,;|(){}]+@/gi;
const byPattern = (text: string) => text.replace(USERINFO, (_match, scheme: string) => `${scheme}***@`);

describe('redactUrlUserInfo', () => {
  it.each([
    ['at the very start', 'https://u:pw@h.example/x', 'https://***@h.example/x'],
    ['at the very end', 'see ftp://user:pw@', 'see ftp://***@'],
    ['JSON-escaped slashes', '{"u":"https:\\/\\/user:pw@host\\/p"}', '{"u":"https:\\/\\/***@host\\/p"}'],
    ['one slash escaped', 'https:/\\/u:p@h and https:\\//u:p@h', 'https:/\\/***@h and https:\\//***@h'],
    ['an upper-case scheme', 'HTTPS://User:PW@HOST/', 'HTTPS://***@HOST/'],
    ['a scheme with + . -', 'git+ssh://git:pw@h a.b-c://x@h', 'git+ssh://***@h a.b-c://***@h'],
    ['a scheme starting after a dot, never inside a word', ' 1.http://u@h 1http://u@h', ' 1.http://***@h 1http://u@h'],
    ['no scheme after a word character', '_http://u@h', '_http://u@h'],
    ['two in a row', 'http://a@b http://c:d@e', 'http://***@b http://***@e'],
    ['a separator before the @', 'http://a,b@c http://a b@c', 'http://a,b@c http://a b@c'],
    ['no user-info', 'https://graph.example/v1.0/users/alice@contoso.example', 'https://graph.example/v1.0/users/alice@contoso.example'],
    ['a colon with one slash', 'a:/b@c', 'a:/b@c'],
  ])('%s', (_name, input, expected) => {
    expect(redactUrlUserInfo(input, '***')).toBe(expected);
    expect(byPattern(input)).toBe(expected);
  });

  it('gives what the pattern gives on many mixed strings', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % below;
    };
    const pieces = ['a', 'Z', '1', '_', '+', '.', '-', ':', '/', '\\', '@', ' ', '"', ',', 'http', 'S3', '://', ':\\/\\/', 'u:p@', '\u00a0'];
    for (let round = 0; round < 5_000; round++) {
      const text = Array.from({ length: 1 + random(14) }, () => pieces[random(pieces.length)]).join('');
      expect(redactUrlUserInfo(text, '***'), text).toBe(byPattern(text));
    }
  });
});
