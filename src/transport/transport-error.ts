/** Why the transport gave up on a request without an HTTP answer the connector could judge. */
export type TransportFailure =
  | 'timeout'
  | 'network'
  | 'deadline'
  | 'aborted'
  | 'foreign_origin'
  | 'redirect_refused'
  | 'too_large'
  | 'page_loop'
  | 'too_many_pages'
  | 'bad_body';

/** A request that ended without a usable answer; the message names the endpoint, never a credential. */
export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    message: string,
    readonly endpoint: string,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

/**
 * What went wrong below HTTP (a reset, a refused connection, a header Node will not send) as the transport
 * reports it: the system error's code where there is one (ECONNRESET), else the error's own words.
 */
export function networkFailure(endpoint: string, error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new TransportError('network', `${endpoint} failed: ${code ?? (error instanceof Error ? error.message : String(error))}`, endpoint);
}
