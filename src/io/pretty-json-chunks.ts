/**
 * The text of `JSON.stringify(value, null, 2)`, byte for byte, given out in chunks so no whole-file string
 * exists: a 48 MB snapshot is 72 MB of pretty JSON, and a redacted copy of it as much again.
 *
 * A chunk ends only right after a complete array element or object member, before the `,` or closing bracket
 * that follows it; never inside a string, never between a key and its value, never between a container's
 * opening bracket and its first item. Redacting chunk by chunk therefore sees every text a credential rule can
 * match (src/redaction/credential-patterns.ts) whole: each rule matches inside one string, or — the
 * Authorization and credential-parameter rules — runs from a key across `": "` (and an opening `[`) into the
 * start of its value, which stays in the key's chunk; no rule can run on from the end of a value across the
 * `,` or bracket after it (every rule's tail stops at `"` and `,`, and a `:` never follows a value). The one
 * rule that can span tokens, a PEM block's lazy run to its END line, still redacts the key's body in its own
 * string when the END line is in another chunk, and a PEM inside a JSON string is one string token (its line
 * breaks are `\n` escapes). Known secrets are matched by value inside the string that holds them.
 */

export interface PrettyJsonChunkOptions {
  /** A chunk is given out at the first safe place once it holds this many characters. */
  chunkChars?: number;
}

const DEFAULT_CHUNK_CHARS = 256 * 1024;
const INDENT = '  ';
/** Containers this shallow are walked here, member by member, so sections and their lists can be cut. */
const WALKED_DEPTH = 4;
/** A longer array is walked at any depth: long lists are where a snapshot's size is. */
const LONG_ARRAY = 64;

type Holder = Record<string, unknown> | unknown[];

/** The value JSON.stringify serialises in place of `value` (held under `key`): toJSON, then boxed primitives unboxed. */
function serialisedValue(key: string, value: unknown): unknown {
  let out = value;
  if ((typeof out === 'object' && out !== null) || typeof out === 'bigint') {
    const toJSON = (out as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') out = (toJSON as (key: string) => unknown).call(out, key);
  }
  if (out instanceof Number) return Number(out);
  if (out instanceof String) return String(out);
  if (out instanceof Boolean || out instanceof BigInt) return out.valueOf();
  return out;
}

const isContainer = (value: unknown): value is Holder => typeof value === 'object' && value !== null;

export function* prettyJsonChunks(value: unknown, options: PrettyJsonChunkOptions = {}): Generator<string> {
  const chunkChars = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
  let parts: string[] = [];
  let size = 0;
  const put = (text: string) => {
    parts.push(text);
    size += text.length;
  };
  const take = () => {
    const chunk = parts.join('');
    parts = [];
    size = 0;
    return chunk;
  };
  const walking = new Set<object>();

  /**
   * Puts the text of `raw` (held under `key`, at `indent`); false when JSON.stringify would leave it out
   * (undefined, a function, a symbol), which a caller writes as `null` in an array and skips in an object.
   */
  function* member(key: string, raw: unknown, indent: string, depth: number): Generator<string, boolean> {
    const value = serialisedValue(key, raw);
    if (!isContainer(value)) {
      const text = JSON.stringify(value);
      if (text === undefined) return false;
      put(text);
      return true;
    }
    // A toJSON that returned an object with a toJSON of its own: JSON.stringify would not call the second one.
    const hasOwnToJSON = value !== raw && typeof (value as { toJSON?: unknown }).toJSON === 'function';
    if (!hasOwnToJSON && depth >= WALKED_DEPTH && !(Array.isArray(value) && value.length > LONG_ARRAY)) {
      const text = JSON.stringify(value, null, INDENT);
      put(indent ? text.replaceAll('\n', `\n${indent}`) : text);
      return true;
    }
    if (walking.has(value)) throw new TypeError('Converting circular structure to JSON');
    walking.add(value);
    yield* (Array.isArray(value) ? array(value, indent, depth) : object(value as Record<string, unknown>, indent, depth));
    walking.delete(value);
    return true;
  }

  function* array(value: unknown[], indent: string, depth: number): Generator<string> {
    if (value.length === 0) return put('[]');
    const inner = indent + INDENT;
    for (let i = 0; i < value.length; i++) {
      put(i === 0 ? `[\n${inner}` : `,\n${inner}`);
      if (!(yield* member(String(i), value[i], inner, depth + 1))) put('null');
      if (size >= chunkChars) yield take();
    }
    put(`\n${indent}]`);
  }

  function* object(value: Record<string, unknown>, indent: string, depth: number): Generator<string> {
    const inner = indent + INDENT;
    let written = 0;
    for (const key of Object.keys(value)) {
      // The key and its separator wait for the value: a member JSON.stringify leaves out leaves no trace.
      const mark = parts.length;
      const before = size;
      put(`${written === 0 ? `{\n${inner}` : `,\n${inner}`}${JSON.stringify(key)}: `);
      if (yield* member(key, value[key], inner, depth + 1)) {
        written++;
        if (size >= chunkChars) yield take();
      } else {
        parts.length = mark;
        size = before;
      }
    }
    put(written === 0 ? '{}' : `\n${indent}}`);
  }

  if (!(yield* member('', value, '', 0))) throw new TypeError('prettyJsonChunks: the value has no JSON text (undefined, a function or a symbol)');
  put('\n');
  yield take();
}
