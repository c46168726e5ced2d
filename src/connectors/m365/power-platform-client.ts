import type { LimitFunction } from 'p-limit';
import { SectionFailure } from '../../core/section-failure.js';
import { documentedJson, errorJson } from '../../transport/json-body.js';
import { readAllPages } from '../../transport/paging.js';
import type { Transport } from '../../transport/transport.js';
import type { TokenSource } from './graph-middleware.js';
import { GraphApiError } from './graph-reader.js';
import { isLicenceAnswer } from './section-errors.js';

/**
 * The POSTs of the admin API that only read. listTenantSettings is documented as a POST without a
 * body that answers the tenant's settings (https://learn.microsoft.com/power-platform/admin/list-tenantsettings);
 * any other POST is refused before it is sent.
 */
const READ_ONLY_POSTS = new Set(['/providers/Microsoft.BusinessAppPlatform/listTenantSettings']);

export class PowerPlatformWriteRefused extends Error {
  constructor(readonly path: string) {
    super(`Refused to POST ${path}: tenant-audit sends the Power Platform admin API only GETs and the documented read-only POSTs`);
    this.name = 'PowerPlatformWriteRefused';
  }
}

/** What a person must do when the admin API refuses the app: register it, once, as a management application. */
export const MANAGEMENT_APP_PERMISSION = 'Power Platform management application (registration)';

interface Page {
  items: unknown[];
  next?: string;
}

/**
 * Reads the Power Platform admin API (BAP, https://api.bap.microsoft.com), the API behind the Power
 * Platform admin center and the Microsoft.PowerApps.Administration.PowerShell module. Lists carry
 * their items in "value" and a further page, when there is one, in "nextLink"; errors come as
 * {"error":{"code","message"}}. An app-only caller must be registered as a management application,
 * or every read answers 403.
 */
export class PowerPlatformClient {
  constructor(
    private readonly options: { base: string; token: TokenSource; transport: Transport; inFlight?: LimitFunction },
  ) {}

  /** One object; with missing: 'null', a 404 means "never configured" and answers null. */
  async get(path: string, options: { missing?: 'error' | 'null' } = {}): Promise<Record<string, unknown> | null> {
    const answer = await this.send('GET', path, this.url(path));
    if (answer.status === 404 && options.missing === 'null') return null;
    return this.json(answer, path);
  }

  /** A documented read-only POST (no body), e.g. listTenantSettings. */
  async readPost(path: string): Promise<Record<string, unknown>> {
    const pathname = new URL(this.url(path)).pathname;
    if (!READ_ONLY_POSTS.has(pathname)) throw new PowerPlatformWriteRefused(pathname);
    const answer = await this.send('POST', path, this.url(path));
    return this.json(answer, path);
  }

  /** Every item of a list, following nextLink. */
  async list(path: string): Promise<unknown[]> {
    const endpoint = `GET ${path}`;
    const { pages } = await readAllPages<Page>({
      endpoint,
      maxPages: this.options.transport.limits.maxPages,
      page: async (cursor) => {
        const json = this.json(await this.send('GET', path, cursor ?? this.url(path)), path);
        if (!Array.isArray(json.value)) throw new GraphApiError(200, 'shape', `Power Platform answered ${path} without a "value" list`, path, 'Power Platform');
        const next = typeof json.nextLink === 'string' && json.nextLink ? json.nextLink : undefined;
        return { items: json.value, next };
      },
      next: (page) => page.next,
    });
    return pages.flatMap((page) => page.items);
  }

  private url(path: string): string {
    return `${this.options.base.replace(/\/+$/, '')}${path}`;
  }

  private async send(method: 'GET' | 'POST', path: string, url: string) {
    const endpoint = `${method} ${path}`;
    const request = async () =>
      this.options.transport.request({
        url,
        method,
        endpoint,
        readOnlyPost: method === 'POST' ? READ_ONLY_POSTS.has(new URL(url).pathname) : undefined,
        headers: { Authorization: `Bearer ${await this.options.token()}`, Accept: 'application/json', ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}) },
      });
    return this.options.inFlight ? this.options.inFlight(request) : request();
  }

  private json(answer: { status: number; text: string }, path: string): Record<string, unknown> {
    if (answer.status >= 200 && answer.status < 300) return documentedJson(answer.text, path, answer.status);
    const body = (errorJson(answer.text) as { error?: { code?: string; message?: string } } | undefined)?.error;
    const error = new GraphApiError(answer.status, body?.code ?? `http${answer.status}`, body?.message ?? `HTTP ${answer.status}`, path, 'Power Platform');
    if (answer.status === 403 && !isLicenceAnswer(error)) {
      throw new SectionFailure({
        code: 'permission',
        message: `Power Platform denied the read (${error.graphCode}: ${error.message}). An app-only caller must be registered as a Power Platform management application: a Power Platform or Global Administrator runs once "pac admin application register --application-id <client id>" (or New-PowerAppManagementApp -ApplicationId <client id>).`,
        permission: MANAGEMENT_APP_PERMISSION,
        endpoint: path,
        httpStatus: 403,
      });
    }
    throw error;
  }
}
