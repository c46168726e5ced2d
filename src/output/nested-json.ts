/** What `JSON.stringify([[x]], null, 2)` puts before x (and, reversed, as long, after it). */
const NESTED_OPENING = '[\n  [\n';
const NESTED_START = '    {\n      "';
const NESTED_END = '\n    }';

/**
 * A value as `JSON.stringify(results, null, 2)` prints it in results.json's `tenants` array: four spaces in.
 * Printed as the one item of an array in an array, it comes out that way: stringifying it alone and
 * indenting every line after cost a third more.
 */
export function nestedJson(value: unknown): string {
  return JSON.stringify([[value]], null, 2).slice(NESTED_OPENING.length, -NESTED_OPENING.length);
}

/** Whether an object's JSON text, less a closing newline, is in nestedJson's form by its two ends. */
export function looksNested(text: string): boolean {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body.startsWith(NESTED_START) && body.endsWith(NESTED_END);
}
