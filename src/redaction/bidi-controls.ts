/** Unicode bidi controls, which can make a line read differently from what it says (Trojan Source). */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * The explicit embeddings, overrides and isolates among them: the ones that reorder whatever follows until
 * they are closed. The marks (LRM, RLM, ALM) are kept: right-to-left names use them, and they reorder nothing
 * beyond the characters beside them.
 */
const EXPLICIT_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const HAS_EXPLICIT_CONTROL = new RegExp(EXPLICIT_CONTROLS.source);

/**
 * Text for a reader with each explicit bidi control shown as its code point (`[U+202E]`) instead of obeyed:
 * a tenant name quoted inside a sentence can then neither reverse the rest of it nor hide what it holds.
 */
export function showBidiControls(text: string): string {
  if (!HAS_EXPLICIT_CONTROL.test(text)) return text;
  return text.replace(EXPLICIT_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}

/** A copy of a JSON-able value with showBidiControls applied to every string in it; unchanged parts are shared. */
export function showBidiControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return showBidiControls(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, i) => {
      const shown = showBidiControlsDeep(item);
      if (shown !== item) (copy ??= value.slice())[i] = shown;
    });
    return (copy ?? value) as T;
  }
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(record)) {
      const shown = showBidiControlsDeep(item);
      if (shown !== item) (copy ??= { ...record })[key] = shown;
    }
    return (copy ?? value) as T;
  }
  return value;
}
