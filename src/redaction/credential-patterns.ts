import { redactUrlUserInfo } from './url-userinfo.js';

/** What every redacted credential becomes. */
export const REDACTED = '[redacted]';
/** URL user-info keeps the URL's shape (`https://***@host`), so a reader still sees which host it was. */
export const REDACTED_USERINFO = '***';

const AUTHORIZATION = /authorization/i;
const BEARER = /bearer/i;
/** The parameter names the credential-parameter pattern looks for: most strings with a ':' (a date) have none. */
const CREDENTIAL_NAME = /token|secret|assertion|passw|api_?key/i;

/** Authorization schemes whose word stays visible in front of the redacted value. */
const SCHEMES = 'bearer|basic|digest|negotiate|ntlm|token|oauth|sharedkey|sso-key|aws4-hmac-sha256';

/** A bare JSON `true`, `false` or `null`, ending where JSON would go on. */
const JSON_KEYWORD = '(?:true|false|null)(?=[\\s,}\\]]|$)';
/** The prefix ends at a quoted JSON key and its colon: the value after it is bare JSON (a number), not text. */
const BARE_JSON_VALUE = /["']\s*:\s*$/;

const CASED_TRIGGERS = /PRIVATE KEY|eyJ|00D|ya29\./;
const TRIGGER_WORDS = /authorization|bearer|token|secret|assertion|passw|api_?key/i;

/**
 * True for every text that any pattern's `mayMatch` passes (and more): the words and characters all
 * of them look for, so the many strings that hold none of them (ids, names, dates) cost three quick
 * tests instead of one per pattern. A case-blind alternation of them all was slower than these three.
 */
export const mayHoldCredential = (text: string): boolean => mayHoldUserInfo(text) || CASED_TRIGGERS.test(text) || TRIGGER_WORDS.test(text);

/**
 * URL user-info needs an "@" after a scheme's ":/" (or ":\\/" inside JSON text): an e-mail address or a UPN,
 * which most directory strings are, has no ":/" and is not searched by every pattern.
 */
const mayHoldUserInfo = (text: string): boolean => text.includes('@') && (text.includes(':/') || text.includes(':\\/'));

export interface CredentialPattern {
  name: string;
  /** A cheap test that the pattern could match at all; most strings fail it. */
  mayMatch: (text: string) => boolean;
  /** The text with every match replaced. */
  redact: (text: string) => string;
}

const replacing = (pattern: RegExp, replace: (match: string, ...groups: string[]) => string) => (text: string) =>
  text.replace(pattern, replace as (match: string, ...groups: unknown[]) => string);

/**
 * A word after "Bearer" is a token only if it looks like one: prose such as "Bearer authentication" or
 * "Bearer token" stays readable, while real tokens (long, with digits or punctuation) never pass.
 */
function looksLikeToken(value: string): boolean {
  return value.length >= 20 || (value.length >= 8 && /[0-9._~+/!=-]/.test(value));
}

/**
 * No pattern ends a match on a backslash, so redacting a rendered JSON file never cuts an escape in half.
 *
 * Shapes of credentials that are redacted wherever they appear, whether or not the run knows the value.
 * Every replacement leaves text the patterns no longer match, so redacting twice changes nothing.
 */
export const CREDENTIAL_PATTERNS: readonly CredentialPattern[] = [
  {
    // A whole block, or a block cut short (an error body truncated mid-key): then the key's base64 run.
    name: 'PEM private key',
    mayMatch: (text) => text.includes('PRIVATE KEY'),
    redact: replacing(/-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|(?:[A-Za-z0-9+/=\s]|\\[nr])*)/g, () => REDACTED),
  },
  {
    // An echoed header, as text (`Authorization: Bearer x`) or JSON (`"authorization":["Bearer x"]`).
    name: 'Authorization header',
    // A case-blind search, not toLowerCase: a lower-case copy of every string redacted cost more than the rest.
    mayMatch: (text) => AUTHORIZATION.test(text),
    // An object, boolean or null under the key is JSON structure, not a credential, and a bare number is
    // replaced by a quoted marker: `"authorization": [redacted]` would leave a tenant file that no longer parses.
    // In rendered HTML a value never runs into markup: it stops at < > & (tags, entities such as &quot;), and a
    // quote after the colon must open the value, not close an attribute (`data-name="… authorization:" data-x=`).
    redact: replacing(new RegExp(`(\\b(?:proxy-)?authorization["']?\\s*[:=]\\s*(?:\\[\\s*)?["']?)((?:${SCHEMES})\\s+)?(?!(?:${SCHEMES})\\s)(?!${JSON_KEYWORD})[^\\s"',;{}\\[\\]\\\\<>&]+`, 'gi'), (_match, prefix: string, scheme) => (scheme === undefined && BARE_JSON_VALUE.test(prefix) ? `${prefix}"${REDACTED}"` : `${prefix}${scheme ?? ''}${REDACTED}`)),
  },
  {
    name: 'Bearer token',
    mayMatch: (text) => BEARER.test(text),
    redact: replacing(/\b(bearer)\s+([A-Za-z0-9\-._~+/!]+=*)/gi, (match, scheme, token) => (looksLikeToken(token!) ? `${scheme} ${REDACTED}` : match)),
  },
  {
    // access_token=… in a URL or form body, "client_secret": "…" in echoed JSON, \"client_secret\": \"…\" in
    // JSON echoed inside a JSON string (an error body quoting the request).
    name: 'credential parameter',
    mayMatch: (text) => (text.includes('=') || text.includes(':')) && CREDENTIAL_NAME.test(text),
    redact: replacing(/\b(access_token|refresh_token|id_token|client_secret|client_assertion|assertion|password|passwd|api_?key)(=|["']\s*:\s*["']|\\"\s*:\s*\\")([^\s"'&,;}<>\\]+)/gi, (_match, name, separator) => `${name}${separator}${REDACTED}`),
  },
  {
    // Three (JWS) to five (JWE) base64url segments; the header is JSON, so it starts with eyJ.
    name: 'JWT',
    mayMatch: (text) => text.includes('eyJ'),
    redact: replacing(/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2}/g, () => REDACTED),
  },
  {
    // The org id (00D + 12 or 15 characters), "!", then the session secret.
    name: 'Salesforce session id',
    mayMatch: (text) => text.includes('!') && text.includes('00D'),
    redact: replacing(/(?<![A-Za-z0-9])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{16,}/g, () => REDACTED),
  },
  {
    name: 'Google access token',
    mayMatch: (text) => text.includes('ya29.'),
    redact: replacing(/(?<![A-Za-z0-9])ya29\.[A-Za-z0-9._-]{8,}/g, () => REDACTED),
  },
  {
    // A password the run knows is redacted by value whatever it holds (and `user:[redacted]@` still collapses to `***@`).
    name: 'URL user-info',
    mayMatch: mayHoldUserInfo,
    redact: (text) => redactUrlUserInfo(text, REDACTED_USERINFO),
  },
];
