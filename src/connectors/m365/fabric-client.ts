import type { LimitFunction } from 'p-limit';
import { documentedJson, errorJson } from '../../transport/json-body.js';
import { readAllPages } from '../../transport/paging.js';
import type { Transport } from '../../transport/transport.js';
import type { TokenSource } from './graph-middleware.js';
import { GraphApiError } from './graph-reader.js';

/**
 * Reads the Fabric REST API (https://learn.microsoft.com/rest/api/fabric/articles/): GET lists whose
 * items are in "value" (older answers, as in some of Microsoft's samples, use the list's own name),
 * further pages named by continuationToken / continuationUri, errors as
 * {"requestId","errorCode","message","moreDetails"} (ErrorResponse).
 */
export class FabricClient {
  constructor(
    private readonly options: { base: string; token: TokenSource; transport: Transport; inFlight?: LimitFunction },
  ) {}

  async list(path: string, legacyKey: string): Promise<unknown[]> {
    const base = this.options.base.replace(/\/+$/, '');
    const endpoint = `GET ${path}`;
    const { pages } = await readAllPages<{ items: unknown[]; next?: string }>({
      endpoint,
      maxPages: this.options.transport.limits.maxPages,
      page: async (cursor) => {
        const url = cursor ?? `${base}${path}`;
        const send = async () => this.options.transport.request({ url, endpoint, headers: { Authorization: `Bearer ${await this.options.token()}`, Accept: 'application/json' } });
        const answer = await (this.options.inFlight ? this.options.inFlight(send) : send());
        if (answer.status < 200 || answer.status >= 300) {
          const body = errorJson(answer.text) as { errorCode?: string; message?: string } | undefined;
          throw new GraphApiError(answer.status, body?.errorCode ?? `http${answer.status}`, body?.message ?? `HTTP ${answer.status}`, path, 'Fabric');
        }
        const json = documentedJson(answer.text, endpoint, answer.status);
        const items = json.value ?? json[legacyKey];
        if (!Array.isArray(items)) throw new GraphApiError(answer.status, 'shape', `Fabric answered ${path} without a "value" list`, path, 'Fabric');
        const uri = typeof json.continuationUri === 'string' && json.continuationUri ? json.continuationUri : undefined;
        const token = typeof json.continuationToken === 'string' && json.continuationToken ? json.continuationToken : undefined;
        const next = uri ?? (token ? `${base}${path}?continuationToken=${encodeURIComponent(token)}` : undefined);
        return { items, next };
      },
      next: (page) => page.next,
    });
    return pages.flatMap((page) => page.items);
  }
}
