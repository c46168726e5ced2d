import { TransportError } from './transport-error.js';

/**
 * The JSON a successful answer carries, or an error: a 2xx must hold the object or collection the
 * endpoint documents, so an empty body, `null`, a bare value, HTML, truncated JSON or an `{"error": …}`
 * body is never read as "nothing configured".
 */
export function documentedJson(text: string, endpoint: string, status = 200): Record<string, unknown> {
  const value = parseJson(text, endpoint, status);
  return documentedObject(value, endpoint, status);
}

/** The same test for a body another library already parsed (gaxios, a $batch sub-response). */
export function documentedObject(value: unknown, endpoint: string, status = 200): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TransportError('bad_body', `${endpoint} answered ${status} without the documented object (got ${kindOf(value)})`, endpoint, status);
  }
  if ('error' in value && value.error !== null && value.error !== undefined) {
    throw new TransportError('bad_body', `${endpoint} answered ${status} with an error body instead of the documented object`, endpoint, status);
  }
  return value as Record<string, unknown>;
}

/** JSON of an error answer, for the provider's error code; whatever it is, never throws. */
export function errorJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseJson(text: string, endpoint: string, status: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const what = /^\s*</.test(text) ? 'HTML or XML' : text.trim() === '' ? 'an empty body' : 'JSON that does not parse (truncated or malformed)';
    throw new TransportError('bad_body', `${endpoint} answered ${status} with ${what}`, endpoint, status);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return /^\s*</.test(value) ? 'HTML or XML' : 'text';
  return typeof value;
}
