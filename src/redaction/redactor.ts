import { CREDENTIAL_PATTERNS, mayHoldCredential, REDACTED, REDACTED_USERINFO } from './credential-patterns.js';
import { LiteralMatcher } from './literal-matcher.js';

/**
 * Known secrets shorter than this are not replaced by value: a 4-character password would otherwise
 * turn every "true" or "admin" in a report into the marker. They are still redacted where their
 * context gives them away (after `Authorization:` or `Bearer`, as `password=…`, in URL user-info).
 */
export const MIN_SECRET_LENGTH = 8;

/** The shortest text any rule can change (`a://b@`): shorter strings are returned as they are. */
const MIN_MATCH_LENGTH = 6;
/** Strings this long are redacted once per walk of a value and looked up when they come again. */
const MEMO_LENGTH = 48;

export interface Redactor {
  /** The text with every known secret and every credential-shaped value replaced by `[redacted]`. */
  (text: string): string;
  /** Registers a secret learnt during the run (an access token just obtained). */
  add(secret: string): void;
  /** A copy of a JSON-able value with every string in it redacted; keys and non-strings are kept. */
  redactDeep<T>(value: T): T;
  /**
   * Texts of our own that hold no secret, such as the check catalog's titles, rationales and remediations:
   * redactDeep leaves them as they are. They are most of a tenant's results and the same in every tenant.
   */
  trust(texts: Iterable<string>): void;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/**
 * The forms a secret takes once written out: as is, inside a JSON string (also with `<` as \u003c, as the
 * roll-up's data script holds it), URL-encoded, HTML-escaped (as Handlebars writes it), quoted for CSV, and,
 * for a PEM, each line of its body, so a key echoed in part is caught.
 */
function formsOf(secret: string): string[] {
  const value = secret.trim();
  const inJson = JSON.stringify(value).slice(1, -1);
  const forms = new Set([secret, value, inJson, inJson.replace(/</g, '\\u003c'), encodeURIComponent(value), value.replace(/"/g, '""'), value.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]!)]);
  if (value.includes('-----BEGIN')) {
    for (const line of value.split(/\r?\n|\\n/)) if (!line.startsWith('-----') && line.trim().length >= 16) forms.add(line.trim());
  }
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH && !REDACTED.includes(form) && !REDACTED_USERINFO.includes(form));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * One redactor for a run: it knows the tenants' own credentials (given here, and tokens added as the
 * connectors obtain them) and the shapes of credentials in general (see CREDENTIAL_PATTERNS).
 */
export function createRedactor(secrets: readonly string[] = []): Redactor {
  const known = new LiteralMatcher(MIN_SECRET_LENGTH);
  const trusted = new Set<string>();

  const add = (secret: string): void => {
    if (typeof secret !== 'string') return;
    for (const form of formsOf(secret)) known.add(form);
  };

  const redact = (text: string): string => {
    if (text.length < MIN_MATCH_LENGTH) return text;
    let out = known.replaceAll(text, REDACTED);
    if (!mayHoldCredential(out)) return out;
    for (const { mayMatch, redact: redactPattern } of CREDENTIAL_PATTERNS) {
      if (mayMatch(out)) out = redactPattern(out);
    }
    return out;
  };

  // Returns the same object where nothing in it changed, so clean data (nearly all of it) is not copied.
  const redactDeep = <T>(value: T): T => walk(value, new Map());

  /**
   * `seen` holds the long strings of one walk and what they became: results repeat the same check texts
   * (titles, rationales, remediations, summaries) in every tenant, and a repeat is one lookup instead of
   * another pass over its characters. Nothing can add a secret during a walk, so a repeat redacts alike.
   */
  const walk = <T>(value: T, seen: Map<string, string>): T => {
    if (typeof value === 'string') {
      if (value.length < MEMO_LENGTH) return redact(value) as T;
      if (trusted.has(value)) return value;
      let clean = seen.get(value);
      if (clean === undefined) seen.set(value, (clean = redact(value)));
      return clean as T;
    }
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const clean = walk(item, seen);
        if (clean !== item) (copy ??= value.slice())[i] = clean;
      }
      return (copy ?? value) as T;
    }
    if (isPlainObject(value)) {
      let copy: Record<string, unknown> | undefined;
      for (const key of Object.keys(value)) {
        const item = value[key];
        const clean = walk(item, seen);
        // defineProperty, not assignment: a "__proto__" key from parsed JSON stays a plain property.
        if (clean !== item) Object.defineProperty((copy ??= { ...value }), key, { value: clean, enumerable: true, writable: true, configurable: true });
      }
      return (copy ?? value) as T;
    }
    return value;
  };

  const trust = (texts: Iterable<string>): void => {
    for (const text of texts) if (typeof text === 'string' && text.length >= MEMO_LENGTH) trusted.add(text);
  };

  for (const secret of secrets) add(secret);
  return Object.assign(redact, { add, redactDeep, trust });
}
