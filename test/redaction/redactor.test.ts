import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/redaction/credential-patterns.js';
import { createRedactor, MIN_SECRET_LENGTH } from '../../src/redaction/redactor.js';
import { scriptSafeJson } from '../../src/report/html.js';

const PEM = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJlLWJ5dGVz';

describe('createRedactor: known secrets', () => {
  it('replaces each secret given at creation, wherever it appears, as often as it appears', () => {
    const redact = createRedactor(['client-secret-Zq8vX2pLr7', 'second~Secret.value']);
    expect(redact('AADSTS7000215: Invalid client secret provided: client-secret-Zq8vX2pLr7 (client-secret-Zq8vX2pLr7)')).toBe(
      `AADSTS7000215: Invalid client secret provided: ${REDACTED} (${REDACTED})`,
    );
    expect(redact('x second~Secret.value y')).toBe(`x ${REDACTED} y`);
  });

  it('replaces a secret added during the run, from then on', () => {
    const redact = createRedactor([]);
    const line = 'token opaque-token-0001 refused';
    expect(redact(line)).toBe(line);
    redact.add('opaque-token-0001');
    expect(redact(line)).toBe(`token ${REDACTED} refused`);
  });

  it('replaces a secret that is the whole string, starts it or ends it, in every string of a walk', () => {
    const secret = 'Zq8vX2pLr7-client-secret';
    const redact = createRedactor([secret]);
    expect(redact(secret)).toBe(REDACTED);
    expect(redact(`${secret} at the start`)).toBe(`${REDACTED} at the start`);
    expect(redact(`at the end ${secret}`)).toBe(`at the end ${REDACTED}`);
    expect(redact(`${secret}${secret}`)).toBe(`${REDACTED}${REDACTED}`);
    expect(redact.redactDeep({ a: [secret, `x${secret}`, `${secret}y`, 'clean text of some length'] })).toEqual({ a: [REDACTED, `x${REDACTED}`, `${REDACTED}y`, 'clean text of some length'] });
  });

  it('replaces the longer of two overlapping secrets whole', () => {
    const redact = createRedactor(['abcdefgh', 'abcdefgh-ijklmnop']);
    expect(redact('[abcdefgh-ijklmnop] [abcdefgh]')).toBe(`[${REDACTED}] [${REDACTED}]`);
  });

  it('catches a secret as written into JSON, a URL or HTML', () => {
    const secret = 'pa"ss=w/o rd\\1&<x>';
    const redact = createRedactor([secret]);
    expect(redact(JSON.stringify({ detail: `echo ${secret}` }))).toBe(JSON.stringify({ detail: `echo ${REDACTED}` }));
    expect(redact(`https://api.example/x?p=${encodeURIComponent(secret)}&q=1`)).toBe(`https://api.example/x?p=${REDACTED}&q=1`);
    expect(redact('<td>pa&quot;ss&#x3D;w/o rd\\1&amp;&lt;x&gt;</td>')).toBe(`<td>${REDACTED}</td>`);
    expect(redact(`{"detail":${scriptSafeJson(JSON.stringify(`echo ${secret}`))}}`)).toBe(`{"detail":"echo ${REDACTED}"}`);
  });

  it('catches each line of a known PEM key echoed on its own', () => {
    const redact = createRedactor([PEM]);
    const line = PEM.split('\n')[3]!;
    expect(line.length).toBeGreaterThan(40);
    expect(redact(`the key was ...${line}...`)).toBe(`the key was ...${REDACTED}...`);
  });

  it(`ignores known secrets shorter than ${MIN_SECRET_LENGTH} characters, so they cannot shred a report`, () => {
    const redact = createRedactor(['true', 'admin12', '', '   ']);
    const text = 'isAdmin: true, role admin12, enabled: true';
    expect(redact(text)).toBe(text);
    expect(redact.redactDeep({ a: true, b: 'true' })).toEqual({ a: true, b: 'true' });
    // The context still gives a short one away.
    expect(redact('Authorization: Basic admin12')).toBe(`Authorization: Basic ${REDACTED}`);
    expect(redact('https://svc:admin12@api.example/')).toBe('https://***@api.example/');
  });

  it('never registers a secret that the marker itself contains (redacting stays idempotent)', () => {
    const redact = createRedactor(['redacted', '[redacted]']);
    expect(redact('a [redacted] b')).toBe('a [redacted] b');
  });
});

describe('createRedactor: credential shapes, known or not', () => {
  const redact = createRedactor();

  it.each([
    ['Authorization header as text', 'request had Authorization: Bearer abc.def-ghi and failed', `request had Authorization: Bearer ${REDACTED} and failed`],
    ['Authorization header in echoed JSON', '{"headers":{"Authorization":"Bearer sekret-0123"}}', `{"headers":{"Authorization":"Bearer ${REDACTED}"}}`],
    ['Authorization header as an array', '{"authorization":["Bearer sekret-0123"]}', `{"authorization":["Bearer ${REDACTED}"]}`],
    ['Authorization with another scheme', 'Proxy-Authorization: Basic dXNlcjpwYXNzd29yZA==', `Proxy-Authorization: Basic ${REDACTED}`],
    ['Authorization with no scheme', 'authorization=0123456789abcdef;', `authorization=${REDACTED};`],
    ['Authorization quoted after spaces, in an array with spaces', '{"authorization": [ "Bearer sekret-0123" ], "b": "authorization: \'Basic dXNlcjE=\'"}', `{"authorization": [ "Bearer ${REDACTED}" ], "b": "authorization: 'Basic ${REDACTED}'"}`],
    ['Authorization with no scheme, digits only', 'authorization=123456;', `authorization=${REDACTED};`],
    ['a number under an authorization key in JSON: a quoted marker, still JSON', '{"authorization": 12345678, "x": 1}', `{"authorization": "${REDACTED}", "x": 1}`],
    ['a Bearer token alone', 'got bearer Zm9vYmFyYmF6cXV4cXV1eA== back', `got bearer ${REDACTED} back`],
    ['a JWT', `assertion ${JWT} rejected`, `assertion ${REDACTED} rejected`],
    ['a JWT in a query string', `https://login.example/cb?code=${JWT}&state=1`, `https://login.example/cb?code=${REDACTED}&state=1`],
    ['a PEM private key block', `bad key: ${PEM} (end)`, `bad key: ${REDACTED} (end)`],
    ['a PEM block as escaped JSON text', `{"private_key":"${PEM.replace(/\n/g, '\\n')}"}`, `{"private_key":"${REDACTED}"}`],
    ['a PEM block cut short', `key -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onL`, `key ${REDACTED}`],
    ['URL user-info', 'GET https://audit:hunter2-pass@graph.example/v1.0/users failed', 'GET https://***@graph.example/v1.0/users failed'],
    ['URL user-info whose password is already redacted', 'http://audit:[redacted]@127.0.0.1:8080/', 'http://***@127.0.0.1:8080/'],
    ['URL user-info, user only', 'see http://token0123@127.0.0.1:8080/', 'see http://***@127.0.0.1:8080/'],
    ['URL user-info with escaped slashes', '{"url":"https:\\/\\/u:p4ssw0rd@h.example\\/x"}', '{"url":"https:\\/\\/***@h.example\\/x"}'],
    ['URL user-info at the very start and end', 'https://u:pw@h.example/ then ftp://user:pw@', 'https://***@h.example/ then ftp://***@'],
    ['URL user-info with an upper-case scheme', 'HTTPS://Audit:PW@Graph.Example/', 'HTTPS://***@Graph.Example/'],
    ['URL user-info in JSON text with escaped slashes, two in a row', '"https:\\/\\/user:pw@host\\/a https:\\/\\/u2@h2"', '"https:\\/\\/***@host\\/a https:\\/\\/***@h2"'],
    ['a Salesforce session id', 'INVALID_SESSION_ID: 00D5g000004XYZa!AQ4AQFb7.rX9uWJq4mR1Aq2_3kLmNoPqRsTuVwXyZ expired', `INVALID_SESSION_ID: ${REDACTED} expired`],
    ['an 18-character org id in a session id', '00D5g000004XYZaEAM!ARwAQPq0123456789abcdefghij', REDACTED],
    ['a Google access token', 'token ya29.a0AfB_byC1x2y3z4-QwErTy_uIoP was refused', `token ${REDACTED} was refused`],
    ['access_token in a URL', 'https://api.example/x?access_token=opaque0123&y=2', `https://api.example/x?access_token=${REDACTED}&y=2`],
    ['client_secret in echoed JSON', '{"client_secret": "s3cr3t-value"}', `{"client_secret": "${REDACTED}"}`],
    ['client_secret in JSON echoed inside a JSON string', '{"error":"bad request {\\"client_secret\\": \\"s3cr3t-value\\", \\"x\\": 1}"}', `{"error":"bad request {\\"client_secret\\": \\"${REDACTED}\\", \\"x\\": 1}"}`],
    ['password in a form body', 'grant_type=password&username=u&password=Winter2026!', `grant_type=password&username=u&password=${REDACTED}`],
  ])('%s', (_name, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    ['an object under an authorization key (pretty JSON)', '{\n  "authorization": {\n    "enabled": true\n  }\n}'],
    ['an object under an authorization key (compact JSON)', '{"Authorization":{"type":"oauth2"}}'],
    ['a boolean or null under an authorization key', '{"authorization": false}\n{"authorization": null}'],
    ['prose about bearer tokens', 'Graph refused the Bearer token: Access token validation failure.'],
    ['prose about authentication', 'Bearer authentication is required'],
    ['Graph error codes', 'Authorization_RequestDenied: Insufficient privileges to complete the operation.'],
    ['an e-mail address in a URL path', 'https://graph.example/v1.0/users/alice@contoso.example/authentication'],
    ['an e-mail address in a query', 'https://admin.example/users?query=email%3Dbob@northwind.example'],
    ['a CSV row with a URL and an address', 'm365,https://contoso.example,alice@contoso.example,fail'],
    ['a Markdown table cell', '| https://contoso.example | bob@contoso.example |'],
    ['a Markdown link beside an address', '[https://contoso.example](https://contoso.example) bob@contoso.example'],
    ['an IPv6 host', 'http://[::1]:8080/v1.0 for admin@contoso.example'],
    ['a Salesforce org id alone', 'Org 00D5g000004XYZaEAM'],
    ['a base64 value that is no JWT', 'thumbprint abc.def.ghi'],
    ['short strings', 'a://b'],
    ['a name ending in "authorization:" in an HTML cell', '<td class="ev-name">Zeta authorization:</td><td>Mail.ReadWrite</td></tr>'],
    ['a name ending in "authorization:" in HTML-escaped JSON', '[&quot;app: Zeta authorization:&quot;,&quot;Mail.ReadWrite&quot;]'],
    ['a name ending in "authorization:" in an HTML attribute', '<tr data-name="acme authorization:" data-provider="m365"><a href="#t=0">acme authorization:</a></th>'],
  ])('leaves %s alone', (_name, input) => {
    expect(redact(input)).toBe(input);
  });

  it('keeps rendered JSON valid: no replacement cuts an escape in half', () => {
    const nasty = {
      a: `Authorization: Bearer abc\\"def`,
      b: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\',
      c: 'password=x1234567\\"',
      d: 'https://u:p\\"w@h.example/',
      e: `quoted "Bearer sekret-0123" and 'ya29.abcdefghijk'`,
    };
    const text = redact(JSON.stringify(nasty, null, 2));
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).not.toMatch(/sekret|MIIE|x1234567|abcdefghijk/);
  });

  it('is idempotent: redacting twice gives what redacting once gave', () => {
    const noisy = `Authorization: Bearer ${JWT}; bearer sekret-0123; https://a:b@c.example; password=x1234567; ${PEM}; ya29.abcdefghijk; 00D5g000004XYZa!AQ4AQFb7rX9uWJq4mR1Aq`;
    const once = redact(noisy);
    expect(once).not.toContain('sekret');
    expect(redact(once)).toBe(once);
  });
});

describe('redactDeep', () => {
  it('redacts every string inside arrays and objects and keeps keys, numbers, booleans and null', () => {
    const redact = createRedactor(['tenant-secret-0001']);
    const input = {
      'tenant-secret-0001': 'key stays',
      list: ['ok', 'tenant-secret-0001', { nested: `Authorization: Bearer ${JWT}` }],
      count: 3,
      flag: false,
      nothing: null,
    };
    expect(redact.redactDeep(input)).toEqual({
      'tenant-secret-0001': 'key stays',
      list: ['ok', REDACTED, { nested: `Authorization: Bearer ${REDACTED}` }],
      count: 3,
      flag: false,
      nothing: null,
    });
  });

  it('returns a copy and leaves the input untouched', () => {
    const redact = createRedactor(['tenant-secret-0001']);
    const input = { message: 'tenant-secret-0001' };
    const output = redact.redactDeep(input);
    expect(input.message).toBe('tenant-secret-0001');
    expect(output).not.toBe(input);
  });

  it('redacts a bare string too', () => {
    expect(createRedactor(['tenant-secret-0001']).redactDeep('x tenant-secret-0001')).toBe(`x ${REDACTED}`);
  });

  it('leaves the texts it was told to trust as they are, and only those', () => {
    const redact = createRedactor(['Administrator-password']);
    const remediation = 'Set the password policy so that an Administrator-password is never reused; see https://u:p@docs.example/ for how.';
    const summary = 'The admin account Administrator-password has no MFA, see https://u:p@docs.example/ for how.';
    redact.trust([remediation, 'short']);
    expect(redact.redactDeep({ remediation, summary })).toEqual({ remediation, summary: `The admin account ${REDACTED} has no MFA, see https://***@docs.example/ for how.` });
    // Trust is for the walk of our own results; a text as such is redacted whatever it is.
    expect(redact(remediation)).not.toBe(remediation);
  });
});

describe('createRedactor at MSP scale', () => {
  it('finds any of thousands of secrets in a long text in linear time', () => {
    const secrets = Array.from({ length: 5000 }, (_, i) => `tenant-${i}-secret-${(i * 7919).toString(36)}`);
    const redact = createRedactor(secrets);
    const filler = 'The read of /v1.0/policies failed (403 Forbidden); grant Policy.Read.All. '.repeat(40_000);
    const text = `${filler}${secrets[4321]} and ${secrets[17]}${filler}`;
    const started = performance.now();
    const out = redact(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(out).not.toContain(secrets[4321]);
    expect(out).not.toContain(secrets[17]);
    expect(out.length).toBe(text.length - secrets[4321]!.length - secrets[17]!.length + 2 * REDACTED.length);
  });
});
