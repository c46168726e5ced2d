import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { answerToResponse, fetchArgsToRequest } from '../../transport/fetch-adapter.js';
import type { Transport } from '../../transport/transport.js';

export type TokenSource = () => Promise<string>;

function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

function withHeader(context: Context, name: string, value: string): void {
  const headers = new Headers(context.options?.headers as HeadersInit | undefined);
  headers.set(name, value);
  context.options = { ...context.options, headers } as Context['options'];
}

/**
 * Attaches the bearer token only to requests for the tenant's configured Graph origin (a sovereign
 * cloud or a test double included), and never to any other host a response might point at.
 */
export class TenantScopedAuthMiddleware implements Middleware {
  private next?: Middleware;
  constructor(
    private readonly graphOrigin: string,
    private readonly token: TokenSource,
  ) {}

  async execute(context: Context): Promise<void> {
    if (new URL(requestUrl(context)).origin !== this.graphOrigin) {
      throw new Error(`Refusing to send a Graph token to ${new URL(requestUrl(context)).origin}`);
    }
    withHeader(context, 'Authorization', `Bearer ${await this.token()}`);
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Tries a request has left when earlier tries were spent elsewhere (inside a $batch). */
export class RetryBudget implements MiddlewareOptions {
  constructor(readonly triesLeft: number) {}
}

/**
 * What the transport learnt of one exchange that the Graph client would lose or make the caller redo:
 * its own failure (the client rewraps errors thrown inside its chain as a GraphError that no longer says
 * a timeout or a refused redirect happened), and the body it already decoded (reading the Response
 * again would encode that text to bytes and decode it once more, for every page).
 */
export class ExchangeSlot implements MiddlewareOptions {
  failure?: unknown;
  text?: string;
}

/** The chain's last link: the request goes out through the shared transport instead of a bare fetch. */
export class TransportHandler implements Middleware {
  constructor(private readonly transport: Transport) {}

  async execute(context: Context): Promise<void> {
    // The only POST Graph gets from us is $batch, which carries GETs: safe to retry.
    const request = await fetchArgsToRequest(requestUrl(context), context.options as RequestInit, true);
    const budget = context.middlewareControl?.getMiddlewareOptions(RetryBudget) as RetryBudget | undefined;
    const slot = context.middlewareControl?.getMiddlewareOptions(ExchangeSlot) as ExchangeSlot | undefined;
    try {
      const answer = await this.transport.request({ ...request, ...(budget ? { maxTries: budget.triesLeft } : {}) });
      if (slot) slot.text = answer.text;
      // The reader takes the text from the slot; the client passes a raw Response on unread.
      context.response = answerToResponse(answer, !slot);
    } catch (error) {
      if (slot) slot.failure = error;
      throw error;
    }
  }
}

export function middlewareChain(...links: Middleware[]): Middleware {
  for (let i = 0; i < links.length - 1; i++) links[i]!.setNext?.(links[i + 1]!);
  return links[0]!;
}
