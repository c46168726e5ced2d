import type { Connection } from 'jsforce';
import { HttpApi } from 'jsforce/lib/http-api.js';
import { z } from 'zod';
import type { CollectLog } from '../../core/connector.js';

/** A REST or Tooling call that failed, with what Salesforce said. */
export class SfRequestError extends Error {
  constructor(
    message: string,
    readonly errorCode: string,
    readonly status: number | undefined,
    readonly endpoint: string,
  ) {
    super(message);
    this.name = 'SfRequestError';
  }
}

/** The run reached its share of the org's daily API allocation. */
export class ApiBudgetExhausted extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiBudgetExhausted';
  }
}

/** The integration user lacks a permission a read needs; raised before calling when the runner's own permissions say so. */
export class MissingPermission extends Error {
  constructor(
    message: string,
    readonly permission: string,
  ) {
    super(message);
    this.name = 'MissingPermission';
  }
}

const queryPage = z
  .object({
    done: z.boolean(),
    totalSize: z.number().optional(),
    nextRecordsUrl: z.string().nullish(),
    records: z.array(z.record(z.unknown())),
  })
  .passthrough();

const describeResult = z.object({ fields: z.array(z.object({ name: z.string() }).passthrough()) }).passthrough();

const limitHeader = /api-usage=(\d+)\/(\d+)/;

export interface ClientOptions {
  apiVersion: string;
  sleep: (ms: number) => Promise<void>;
  maxTries: number;
  /** Share of the calls left today that this run may use. */
  budgetShare: number;
  log: CollectLog;
}

interface RawResponse {
  statusCode: number;
  headers: Record<string, string | undefined>;
}

export interface QueryOptions {
  tooling?: boolean;
  /**
   * Upper bound on rows; a result with more rows fails rather than being cut short, so no check
   * ever judges a silently truncated list.
   */
  maxFetch?: number;
}

export const DEFAULT_MAX_FETCH = 50_000;

/**
 * Read-only REST/Tooling access over one jsforce Connection. Requests go through jsforce's HttpApi
 * (session header, JWT re-signing through the connection's refreshFn) with jsforce's own retries
 * switched off: this client retries throttled calls itself so waits go through the injected sleep and
 * honour Retry-After, and it counts every call against the run's API budget.
 */
export class SalesforceClient {
  private calls = 0;
  private allowance: number | undefined;
  private remainingAtStart: number | undefined;
  private readonly describes = new Map<string, Promise<Set<string> | null>>();

  constructor(
    private readonly conn: Connection,
    private readonly options: ClientOptions,
  ) {}

  get apiBase(): string {
    return `/services/data/v${this.options.apiVersion}`;
  }

  /** Calls made so far and the allowance computed from Sforce-Limit-Info. */
  get usage(): { calls: number; allowance: number | undefined; remainingAtStart: number | undefined } {
    return { calls: this.calls, allowance: this.allowance, remainingAtStart: this.remainingAtStart };
  }

  async get(path: string): Promise<unknown> {
    const url = /^https?:/.test(path) ? path : `${this.conn.instanceUrl.replace(/\/$/, '')}${path}`;
    for (let attempt = 1; ; attempt++) {
      this.checkBudget(path);
      const api = new HttpApi(this.conn, { retry: { maxRetries: 0 } });
      let response: RawResponse | undefined;
      api.on('response', (res: RawResponse) => {
        response = res;
        this.calls++;
        this.readLimit(res);
      });
      try {
        return await api.request({ method: 'GET', url });
      } catch (error) {
        const failure = toRequestError(error, response?.statusCode, path);
        if (attempt < this.options.maxTries && isRetryable(failure)) {
          await this.options.sleep(retryDelay(response?.headers['retry-after'], attempt));
          continue;
        }
        throw failure;
      }
    }
  }

  /**
   * Reads one metadata component through the Metadata API (a SOAP read). Only used where no Tooling
   * object carries the setting, because readMetadata needs a write-capable permission.
   */
  async readMetadata(type: Parameters<Connection['metadata']['read']>[0], fullName: string): Promise<Record<string, unknown>> {
    this.checkBudget(`Metadata API readMetadata ${type}`);
    this.calls++;
    try {
      const result = (await this.conn.metadata.read(type, fullName)) as unknown;
      return (result ?? {}) as Record<string, unknown>;
    } catch (error) {
      throw toRequestError(error, undefined, `Metadata API readMetadata ${type}`);
    }
  }

  /** Runs a SOQL query and follows nextRecordsUrl to the end (jsforce's autoFetch, with an explicit bound). */
  async query(soql: string, options: QueryOptions = {}): Promise<Record<string, unknown>[]> {
    const maxFetch = options.maxFetch ?? DEFAULT_MAX_FETCH;
    const base = `${this.apiBase}${options.tooling ? '/tooling' : ''}/query`;
    let page = queryPage.parse(await this.get(`${base}?q=${encodeURIComponent(soql)}`));
    const records = [...page.records];
    while (!page.done && page.nextRecordsUrl) {
      if (records.length >= maxFetch) {
        throw new SfRequestError(
          `The query returned more than ${maxFetch} rows (totalSize ${page.totalSize ?? 'unknown'}); stopped rather than judge a partial list.`,
          'TOO_MANY_ROWS',
          undefined,
          base,
        );
      }
      page = queryPage.parse(await this.get(page.nextRecordsUrl));
      records.push(...page.records);
    }
    if (!page.done) {
      // A page that says more rows exist but gives no way to reach them: judging what arrived would judge a partial list.
      throw new SfRequestError(
        `The query stopped after ${records.length} rows (totalSize ${page.totalSize ?? 'unknown'}) without a nextRecordsUrl; stopped rather than judge a partial list.`,
        'INCOMPLETE_RESULT',
        undefined,
        base,
      );
    }
    return records;
  }

  /** Field names of an sObject, or null when the object does not exist in this org or edition. */
  fieldsOf(sobject: string, tooling = false): Promise<Set<string> | null> {
    const key = `${tooling ? 'tooling:' : ''}${sobject}`;
    let cached = this.describes.get(key);
    if (!cached) {
      cached = this.describe(sobject, tooling);
      this.describes.set(key, cached);
    }
    return cached;
  }

  /** Splits wanted fields into those the object has and those it lacks (fields are removed between releases). */
  async pickFields(sobject: string, wanted: readonly string[], tooling = false): Promise<{ present: string[]; missing: string[] }> {
    const fields = await this.fieldsOf(sobject, tooling);
    if (!fields) return { present: [], missing: [...wanted] };
    return { present: wanted.filter((f) => fields.has(f)), missing: wanted.filter((f) => !fields.has(f)) };
  }

  private async describe(sobject: string, tooling: boolean): Promise<Set<string> | null> {
    try {
      const body = describeResult.parse(await this.get(`${this.apiBase}${tooling ? '/tooling' : ''}/sobjects/${sobject}/describe`));
      return new Set(body.fields.map((f) => f.name));
    } catch (error) {
      if (error instanceof SfRequestError && (error.errorCode === 'NOT_FOUND' || error.status === 404)) return null;
      throw error;
    }
  }

  private readLimit(res: RawResponse): void {
    const match = limitHeader.exec(res.headers['sforce-limit-info'] ?? '');
    if (!match) return;
    const used = Number(match[1]);
    const limit = Number(match[2]);
    if (this.allowance === undefined) {
      this.remainingAtStart = Math.max(0, limit - used);
      this.allowance = Math.max(1, Math.floor(this.remainingAtStart * this.options.budgetShare));
      this.options.log.info(`Salesforce API usage ${used}/${limit}; this run may use up to ${this.allowance} calls.`);
    }
  }

  private checkBudget(path: string): void {
    if (this.allowance !== undefined && this.calls >= this.allowance) {
      throw new ApiBudgetExhausted(
        `Stopped before ${path.split('?')[0]}: this run may use ${this.allowance} API calls (${Math.round(this.options.budgetShare * 100)}% of the ${this.remainingAtStart} left in the org's daily allocation) and has used them. Raise apiBudgetShare or run when more calls remain.`,
      );
    }
  }
}

function toRequestError(error: unknown, status: number | undefined, endpoint: string): SfRequestError {
  if (error instanceof SfRequestError) return error;
  const err = error as { errorCode?: string; name?: string; message?: string };
  const code = err.errorCode ?? (err.name && err.name !== 'Error' ? err.name : undefined) ?? (status ? `ERROR_HTTP_${status}` : 'NETWORK');
  const message = typeof err.message === 'string' ? err.message : String(error);
  return new SfRequestError(message, code, status, endpoint.split('?')[0] ?? endpoint);
}

function isRetryable(error: SfRequestError): boolean {
  if (error.errorCode === 'REQUEST_LIMIT_EXCEEDED') return !/TotalRequests/i.test(error.message);
  return error.status === 429 || error.status === 502 || error.status === 503 || error.errorCode === 'SERVER_UNAVAILABLE';
}

function retryDelay(retryAfter: string | undefined, attempt: number): number {
  const seconds = Number(retryAfter);
  if (retryAfter && Number.isFinite(seconds)) return Math.min(seconds, 120) * 1000;
  return Math.min(1000 * 2 ** (attempt - 1), 60_000);
}
