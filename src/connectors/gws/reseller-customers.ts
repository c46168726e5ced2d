import { z } from 'zod';
import type { ConnectorRuntime } from '../../core/connector.js';
import { ApiError, ApiShapeError, AuditError, AuthError, PermissionError, ThrottledError } from '../../core/errors.js';
import { SectionFailure } from '../../core/section-failure.js';
import { tenantTransport } from '../../transport/tenant-transport.js';
import { TransportError } from '../../transport/transport-error.js';
import { createGwsAuth } from './auth.js';
import type { GwsTenantFields } from './config.js';
import { googleRetryTuning, GwsHttp } from './http.js';

/** subscriptions.list accepts apps.order or this read-only scope; the Reseller API has no customers.list. */
export const RESELLER_SCOPE = 'https://www.googleapis.com/auth/apps.order.readonly';
export const RESELLER_ROOT = 'https://reseller.googleapis.com/';
/** subscriptions.list: maxResults 1–100. */
const PAGE_SIZE = 100;

/**
 * https://developers.google.com/workspace/admin/reseller/reference/rest/v1/subscriptions/list: a page of
 * kind reseller#subscriptions; `subscriptions` and `nextPageToken` are left out when there are none.
 */
const subscriptionsPage = z
  .object({
    kind: z.string(),
    subscriptions: z.array(z.object({ customerId: z.string().min(1), customerDomain: z.string().nullish(), status: z.string().nullish() }).passthrough()).optional(),
    nextPageToken: z.string().optional(),
  })
  .passthrough();

export interface ResellerCustomer {
  customerId: string;
  customerDomain: string;
}

function asAuditError(error: unknown, endpoint: string): AuditError {
  if (error instanceof AuditError) return error;
  if (error instanceof SectionFailure) {
    const { code, message, httpStatus } = error.error;
    if (code === 'permission' || code === 'api_disabled') return new PermissionError(`Reseller API: ${message}`, RESELLER_SCOPE);
    if (code === 'auth') return new AuthError(`Reseller API: ${message}`);
    if (code === 'shape') return new ApiShapeError(`Reseller API: ${message}`);
    if (code === 'throttled') return new ThrottledError(`Reseller API: ${message}`);
    return new ApiError(`Reseller API: ${message}`, httpStatus, endpoint);
  }
  if (error instanceof TransportError) return new ApiError(`Reseller API: ${error.message}`, error.httpStatus, endpoint);
  return new ApiError(`Reseller API: ${endpoint} failed (${error instanceof Error ? error.message : String(error)})`, undefined, endpoint);
}

/**
 * The reseller's customers, one per customerId, from every subscription it manages (read-only; paged
 * with nextPageToken), sorted by domain. `reseller` signs in as a reseller admin.
 */
export async function readResellerCustomers(reseller: GwsTenantFields & { name: string }, runtime: ConnectorRuntime, options: { signal?: AbortSignal } = {}): Promise<ResellerCustomer[]> {
  const endpoint = 'GET /apps/reseller/v1/subscriptions';
  const auth = await createGwsAuth(reseller, runtime, [RESELLER_SCOPE]);
  const transport = tenantTransport([RESELLER_ROOT], runtime, { signal: options.signal }, googleRetryTuning);
  const http = new GwsHttp(transport, auth.quotaKey);
  const ctx = { what: 'Reseller API subscriptions.list', scope: RESELLER_SCOPE, api: 'Google Workspace Reseller API', endpoint, kind: 'subscriptions' };
  let pages: z.output<typeof subscriptionsPage>[];
  try {
    ({ pages } = await http.pages(ctx, subscriptionsPage, (pageToken) =>
      auth.client.request({ url: `${RESELLER_ROOT}apps/reseller/v1/subscriptions`, params: { maxResults: PAGE_SIZE, ...(pageToken ? { pageToken } : {}) }, ...http.callOptions }),
    ));
  } catch (error) {
    throw asAuditError(error, endpoint);
  }
  const byCustomer = new Map<string, ResellerCustomer>();
  for (const subscription of pages.flatMap((page) => page.subscriptions ?? [])) {
    if (byCustomer.has(subscription.customerId)) continue;
    byCustomer.set(subscription.customerId, { customerId: subscription.customerId, customerDomain: subscription.customerDomain?.trim() || subscription.customerId });
  }
  return [...byCustomer.values()].sort((a, b) => a.customerDomain.localeCompare(b.customerDomain) || a.customerId.localeCompare(b.customerId));
}
