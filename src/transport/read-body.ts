import { TransportError } from './transport-error.js';

/**
 * Reads a response body to its end, refusing more than `maxBytes` (checked against Content-Length
 * first, then while streaming) so an oversized answer is an error and never a crash. Stalls are the
 * caller's timers' business: they abort the request, and the read below rejects with it.
 */
export async function readBody(response: Response, maxBytes: number, endpoint: string, onChunk: () => void): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(endpoint, maxBytes, response.status);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(endpoint, maxBytes, response.status);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

function tooLarge(endpoint: string, maxBytes: number, status: number): TransportError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MiB` : `${Math.round(maxBytes / 1024)} KiB`;
  return new TransportError('too_large', `${endpoint} answered with a body over ${size}; not read (raise the response size limit if the tenant really is this large)`, endpoint, status);
}
