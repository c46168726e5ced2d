import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { RETRYABLE_STATUSES, retryDelayMs } from '../../http/retry-delay.js';

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

/** Retries 429/503/504 answers, honouring Retry-After, for a bounded number of tries. */
export class BoundedRetryMiddleware implements Middleware {
  private next?: Middleware;
  constructor(
    private readonly maxTries: number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly onRetry?: (status: number, delayMs: number) => void,
  ) {}

  async execute(context: Context): Promise<void> {
    const maxTries = (context.middlewareControl?.getMiddlewareOptions(RetryBudget) as RetryBudget | undefined)?.triesLeft ?? this.maxTries;
    for (let attempt = 1; ; attempt++) {
      await this.next!.execute(context);
      const response = context.response;
      if (!response || !RETRYABLE_STATUSES.has(response.status) || attempt >= maxTries) return;
      const delay = retryDelayMs(response.headers.get('retry-after'), attempt);
      this.onRetry?.(response.status, delay);
      await response.body?.cancel();
      await this.sleep(delay);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function middlewareChain(...links: Middleware[]): Middleware {
  const chain: Middleware[] = [...links, new HTTPMessageHandler()];
  for (let i = 0; i < chain.length - 1; i++) chain[i]!.setNext?.(chain[i + 1]!);
  return chain[0]!;
}
