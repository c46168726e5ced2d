import type { Connection } from 'jsforce';
import { z } from 'zod';
import type { CollectLog } from '../../core/connector.js';
import { boundedCall } from '../../transport/bounded-call.js';
import { documentedJson, errorJson } from '../../transport/json-body.js';
import { readAllPages } from '../../transport/paging.js';
import type { Transport, TransportAnswer } from '../../transport/transport.js';
import { TransportError } from '../../transport/transport-error.js';
import type { SalesforceSession } from './auth.js';

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

const countPage = z.object({ done: z.boolean(), totalSize: z.number() }).passthrough();

const describeResult = z.object({ fields: z.array(z.object({ name: z.string() }).passthrough()) }).passthrough();

const limitHeader = /api-usage=(\d+)\/(\d+)/;

export interface ClientOptions {
  apiVersion: string;
  /** Share of the calls left today that this run may use. */
  budgetShare: number;
  log: CollectLog;
}

/** Salesforce's "over the concurrent or per-period limit" answers: worth waiting for, unlike the daily cap. */
export function isRetryableRefusal(answer: TransportAnswer): boolean {
  if (answer.status !== 403) return false;
  const [first] = errorList(errorJson(answer.text));
  return first?.errorCode === 'REQUEST_LIMIT_EXCEEDED' && !/TotalRequests/i.test(first.message ?? '');
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
 * Read-only REST/Tooling access to one org through the shared transport (timeouts, retries, the
 * instance origin only), counting every call against the run's API budget. The session is re-issued
 * once when Salesforce stops accepting it.
 */
export class SalesforceClient {
  private calls = 0;
  private allowance: number | undefined;
  private remainingAtStart: number | undefined;
  private readonly describes = new Map<string, Promise<Set<string> | null>>();

  private readonly conn: Connection;

  constructor(
    private readonly session: SalesforceSession,
    private readonly transport: Transport,
    private readonly options: ClientOptions,
  ) {
    this.conn = session.connection;
  }

  get apiBase(): string {
    return `/services/data/v${this.options.apiVersion}`;
  }

  /** Calls made so far and the allowance computed from Sforce-Limit-Info. */
  get usage(): { calls: number; allowance: number | undefined; remainingAtStart: number | undefined } {
    return { calls: this.calls, allowance: this.allowance, remainingAtStart: this.remainingAtStart };
  }

  async get(path: string): Promise<Record<string, unknown>> {
    const url = /^https?:/.test(path) ? path : `${this.session.instanceUrl.replace(/\/$/, '')}${path}`;
    const endpoint = `GET ${path.split('?')[0]}`;
    for (let renewed = false; ; renewed = true) {
      this.checkBudget(path);
      const answer = await this.transport.request({ url, endpoint, headers: { authorization: `Bearer ${this.session.accessToken()}`, accept: 'application/json' } });
      this.calls += answer.exchanges;
      this.readLimit(answer);
      if (answer.status >= 200 && answer.status < 300) return documentedJson(answer.text, endpoint, answer.status);
      const failure = toRequestError(errorJson(answer.text), answer.status, endpoint);
      if (failure.errorCode === 'INVALID_SESSION_ID' && this.session.renew && !renewed) {
        await this.session.renew();
        continue;
      }
      throw failure;
    }
  }

  /**
   * Reads one metadata component through the Metadata API (a SOAP read). Only used where no Tooling
   * object carries the setting, because readMetadata needs a write-capable permission.
   */
  async readMetadata(type: Parameters<Connection['metadata']['read']>[0], fullName: string): Promise<Record<string, unknown>> {
    const endpoint = `Metadata API readMetadata ${type}`;
    this.checkBudget(endpoint);
    this.calls++;
    let result: unknown;
    try {
      result = await boundedCall(this.conn.metadata.read(type, fullName), this.transport.limits.requestTimeoutMs, endpoint);
    } catch (error) {
      if (error instanceof TransportError) throw error;
      const err = error as { errorCode?: string; name?: string; message?: string };
      throw new SfRequestError(String(err.message ?? error), err.errorCode ?? err.name ?? 'METADATA_ERROR', undefined, endpoint);
    }
    // A full name that matches no component does not fault: its record comes back without a fullName (jsforce: {}).
    const component = result as { fullName?: unknown } | null | undefined;
    if (typeof component !== 'object' || component === null || typeof component.fullName !== 'string' || component.fullName === '') {
      throw new SfRequestError(`readMetadata returned no ${type} component named ${fullName}; its settings were not read.`, 'NOT_FOUND', undefined, endpoint);
    }
    return component as Record<string, unknown>;
  }

  /** Runs a SOQL query and follows nextRecordsUrl to the end (jsforce's autoFetch, with an explicit bound). */
  async query(soql: string, options: QueryOptions = {}): Promise<Record<string, unknown>[]> {
    const maxFetch = options.maxFetch ?? DEFAULT_MAX_FETCH;
    const base = `${this.apiBase}${options.tooling ? '/tooling' : ''}/query`;
    let records = 0;
    const { pages } = await readAllPages({
      endpoint: `GET ${base}`,
      maxPages: this.transport.limits.maxPages,
      page: async (cursor) => {
        const page = queryPage.parse(await this.get(cursor ?? `${base}?q=${encodeURIComponent(soql)}`));
        records += page.records.length;
        return page;
      },
      next: (page) => {
        if (page.done || !page.nextRecordsUrl) return undefined;
        if (records >= maxFetch) {
          throw new SfRequestError(`The query returned more than ${maxFetch} rows (totalSize ${page.totalSize ?? 'unknown'}); stopped rather than judge a partial list.`, 'TOO_MANY_ROWS', undefined, base);
        }
        return page.nextRecordsUrl;
      },
    });
    const page = pages[pages.length - 1]!;
    if (!page.done) {
      // A page that says more rows exist but gives no way to reach them: judging what arrived would judge a partial list.
      throw new SfRequestError(
        `The query stopped after ${records} rows (totalSize ${page.totalSize ?? 'unknown'}) without a nextRecordsUrl; stopped rather than judge a partial list.`,
        'INCOMPLETE_RESULT',
        undefined,
        base,
      );
    }
    // totalSize is "the total number of records returned by the Query request" (REST Query resource); later pages repeat it.
    const expected = pages[0]!.totalSize;
    if (expected !== undefined && records < expected) {
      throw new SfRequestError(`The query said totalSize ${expected} but returned ${records} rows; stopped rather than judge a partial list.`, 'INCOMPLETE_RESULT', undefined, base);
    }
    return pages.flatMap((p) => p.records);
  }

  /** Runs a `SELECT COUNT() FROM …` query: the answer is its totalSize, with no records. */
  async count(soql: string, options: { tooling?: boolean } = {}): Promise<number> {
    const base = `${this.apiBase}${options.tooling ? '/tooling' : ''}/query`;
    // The SOQL reference: for COUNT() the result's size is the count and its records are null (REST: an empty list).
    return countPage.parse(await this.get(`${base}?q=${encodeURIComponent(soql)}`)).totalSize;
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

  private readLimit(answer: TransportAnswer): void {
    const match = limitHeader.exec(answer.headers.get('sforce-limit-info') ?? '');
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

interface SalesforceErrorItem {
  errorCode?: string;
  message?: string;
}

/** Salesforce's REST errors: a list of { errorCode, message } (OAuth errors: { error, error_description }). */
function errorList(body: unknown): SalesforceErrorItem[] {
  if (Array.isArray(body)) return body as SalesforceErrorItem[];
  const oauth = body as { error?: unknown; error_description?: unknown } | undefined;
  if (oauth && typeof oauth.error === 'string') return [{ errorCode: oauth.error, message: String(oauth.error_description ?? oauth.error) }];
  return [];
}

function toRequestError(body: unknown, status: number, endpoint: string): SfRequestError {
  const [first] = errorList(body);
  const code = first?.errorCode ?? `ERROR_HTTP_${status}`;
  return new SfRequestError(first?.message ?? `HTTP ${status}`, code, status, endpoint);
}
