import type { Transport, TransportAnswer, TransportRequest } from './transport.js';

const NO_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** A fetch call's arguments as a transport request; only reads are let through. */
export async function fetchArgsToRequest(input: RequestInfo | URL, init: RequestInit | undefined, readOnlyPost: boolean): Promise<TransportRequest> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (method !== 'GET' && method !== 'POST') throw new Error(`Refusing ${method}: tenant-audit only reads`);
  const headers: Record<string, string> = {};
  new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).forEach((value, name) => (headers[name] = value));
  const body = init?.body === undefined || init.body === null ? undefined : typeof init.body === 'string' ? init.body : await new Response(init.body).text();
  return { url, method, headers, body, readOnlyPost };
}

/**
 * A transport answer as the Response a fetch caller expects; without its body for a caller that takes
 * the answer's text directly (a Response body is a stream, and building it cost more than the read).
 */
export function answerToResponse(answer: TransportAnswer, withBody = true): Response {
  return new Response(!withBody || NO_BODY_STATUSES.has(answer.status) ? null : answer.text, { status: answer.status, headers: answer.headers });
}

/**
 * The transport as a `fetch`, for the libraries that take one (gaxios's fetchImplementation): they keep
 * their request building and error parsing, and every byte goes through the transport's origin rule,
 * timeouts, retries and size cap.
 */
export function transportFetch(transport: Transport, readOnlyPost = false): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    answerToResponse(await transport.request(await fetchArgsToRequest(input, init, readOnlyPost)))) as typeof fetch;
}
