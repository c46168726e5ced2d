import { TransportError } from './transport-error.js';

/**
 * Bounds a call made through a library's own HTTP stack (jsforce's SOAP and OAuth calls), which has no
 * timeout: past `ms` the caller gets a timeout error and moves on; the library's request is abandoned.
 */
export async function boundedCall<T>(call: Promise<T>, ms: number, endpoint: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransportError('timeout', `${endpoint}: no complete answer within ${Math.round(ms / 100) / 10} s`, endpoint)), ms);
  });
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
