import type { LimitFunction } from 'p-limit';
import { documentedJson, errorJson } from '../../transport/json-body.js';
import { readAllPages } from '../../transport/paging.js';
import type { Transport } from '../../transport/transport.js';
import { TransportError } from '../../transport/transport-error.js';
import type { TokenSource } from './graph-middleware.js';
import { GraphApiError } from './graph-reader.js';
import { assertReadOnlyCmdlet, isReadOnlyInvokeCommand } from './read-only-cmdlet.js';

/**
 * The mailbox the ExchangeOnlineManagement module anchors app-only sessions to: X-AnchorMailbox routes
 * the request to the tenant's forest. Inferred from public callers of the API (no Microsoft page
 * documents InvokeCommand); see fixtures/m365/admin-api/README.md.
 */
const SYSTEM_MAILBOX = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';

export interface AdminApiClientOptions {
  /** Origin of the API, e.g. https://outlook.office365.com or a discovered compliance host. */
  base: string;
  tenantId: string;
  token: TokenSource;
  transport: Transport;
  /** How errors and logs name the API: "Exchange Online" or "Security & Compliance". */
  service: string;
  /** Bounds the requests open at once, shared by the tenant's non-Graph clients (Exchange throttles per tenant). */
  inFlight?: LimitFunction;
}

interface InvokePage {
  value: Record<string, unknown>[];
  next?: string;
}

/**
 * Runs Get-* cmdlets through the admin API's InvokeCommand endpoint, the REST route the
 * ExchangeOnlineManagement v3 module uses in place of remote PowerShell: POST
 * /adminapi/beta/{tenant}/InvokeCommand with {"CmdletInput":{"CmdletName","Parameters"}}, the
 * cmdlet's output objects in "value", further pages at "@odata.nextLink" (POSTed the same body).
 */
export class AdminApiClient {
  private readonly url: string;

  constructor(private readonly options: AdminApiClientOptions) {
    this.url = `${options.base.replace(/\/+$/, '')}/adminapi/beta/${encodeURIComponent(options.tenantId)}/InvokeCommand`;
  }

  get service(): string {
    return this.options.service;
  }

  /** Every object the cmdlet outputs; refuses any cmdlet but Get-* before a request is made. */
  async invoke(cmdlet: string, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    assertReadOnlyCmdlet(cmdlet);
    const body = JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } });
    const endpoint = `POST /adminapi/beta/InvokeCommand ${cmdlet}`;
    const { pages } = await readAllPages<InvokePage>({
      endpoint,
      maxPages: this.options.transport.limits.maxPages,
      page: (cursor) => (this.options.inFlight ? this.options.inFlight(() => this.page(cursor ?? this.url, body, cmdlet, endpoint)) : this.page(cursor ?? this.url, body, cmdlet, endpoint)),
      next: (page) => page.next,
    });
    return pages.flatMap((page) => page.value);
  }

  private async page(url: string, body: string, cmdlet: string, endpoint: string): Promise<InvokePage> {
    const answer = await this.options.transport.request({
      url,
      method: 'POST',
      endpoint,
      body,
      readOnlyPost: isReadOnlyInvokeCommand(url, body),
      headers: {
        Authorization: `Bearer ${await this.options.token()}`,
        'Content-Type': 'application/json; charset=utf-8',
        Accept: 'application/json',
        Prefer: 'odata.maxpagesize=1000',
        'X-AnchorMailbox': `APP:${SYSTEM_MAILBOX}@${this.options.tenantId}`,
      },
    });
    if (answer.status < 200 || answer.status >= 300) throw this.error(answer.status, answer.text, cmdlet);
    const json = documentedJson(answer.text, endpoint, answer.status);
    if (!Array.isArray(json.value)) throw new GraphApiError(answer.status, 'shape', `${this.service} answered ${cmdlet} without a "value" array`, endpoint, this.service);
    const next = json['@odata.nextLink'];
    if (typeof next !== 'string' || !next) return { value: json.value as Record<string, unknown>[] };
    const target = new URL(next, url);
    if (target.origin !== new URL(this.url).origin || target.pathname !== new URL(this.url).pathname) {
      throw new TransportError('foreign_origin', `${endpoint}: the next page link points away from InvokeCommand (${target.origin}${target.pathname}); not followed`, endpoint);
    }
    return { value: json.value as Record<string, unknown>[], next: target.toString() };
  }

  /**
   * The admin API's OData error: {"error":{"code","message","details":[{"message"}],"innererror":…}}.
   * The useful text is usually in details (the cmdlet's own error), then in the inner exception.
   */
  private error(status: number, text: string, cmdlet: string): GraphApiError {
    const error = (errorJson(text) as { error?: AdminApiErrorBody } | undefined)?.error;
    const message = error?.details?.find((d) => d?.message)?.message ?? error?.innererror?.internalException?.message ?? error?.message ?? `HTTP ${status}`;
    return new GraphApiError(status, error?.code ?? `http${status}`, `${cmdlet}: ${message}`, cmdlet, this.service);
  }
}

interface AdminApiErrorBody {
  code?: string;
  message?: string;
  details?: { code?: string; message?: string }[];
  innererror?: { message?: string; internalException?: { message?: string } };
}
