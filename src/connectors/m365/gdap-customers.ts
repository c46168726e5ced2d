import { z } from 'zod';
import type { ConnectorRuntime } from '../../core/connector.js';
import { ApiError, ApiShapeError, AuditError, AuthError, PermissionError } from '../../core/errors.js';
import { tenantTransport } from '../../transport/tenant-transport.js';
import { TransportError } from '../../transport/transport-error.js';
import { m365Endpoints, type M365Tenant } from './connector.js';
import { odata, parseAnswer } from './collector.js';
import { m365TokenSource } from './credential.js';
import { GraphApiError, GraphReader } from './graph-reader.js';

/** Least privilege for both lists, application or delegated (Graph v1.0 reference pages). */
export const GDAP_PERMISSION = 'DelegatedAdminRelationship.Read.All';

/** $top supports up to 300 objects on both lists. */
const PAGE_SIZE = 300;

/** https://learn.microsoft.com/graph/api/resources/delegatedadmincustomer (all three properties read-only, always present). */
const customerSchema = z.object({ id: z.string(), tenantId: z.string().min(1), displayName: z.string().nullish() }).passthrough();

/** https://learn.microsoft.com/graph/api/resources/delegatedadminrelationship: only the customer participant is read. */
const relationshipSchema = z
  .object({ status: z.string(), customer: z.object({ tenantId: z.string().min(1), displayName: z.string().nullish() }).passthrough().nullish() })
  .passthrough();

export interface GdapCustomer {
  tenantId: string;
  displayName: string;
}

export interface GdapReadOptions {
  /** Keep only customers with at least one relationship whose status is active. */
  activeOnly?: boolean;
  signal?: AbortSignal;
}

function asAuditError(error: unknown, endpoint: string, partner: string): AuditError {
  if (error instanceof AuditError) return error;
  if (error instanceof GraphApiError) {
    const detail = `${error.graphCode}: ${error.message}`;
    if (error.graphCode === 'shape') return new ApiShapeError(`${endpoint}: ${error.message}`, 'value');
    if (error.status === 401) return new AuthError(`Partner tenant ${partner}: Graph refused the credentials for ${endpoint} (${detail})`);
    if (error.status === 403) {
      return new PermissionError(`Partner tenant ${partner}: Graph denied ${endpoint} (${detail}); grant the app ${GDAP_PERMISSION} (application) in the partner tenant and admin-consent it`, GDAP_PERMISSION);
    }
    return new ApiError(`Partner tenant ${partner}: ${endpoint} answered ${error.status} (${detail})`, error.status, endpoint);
  }
  if (error instanceof TransportError) return new ApiError(`Partner tenant ${partner}: ${error.message}`, error.httpStatus, endpoint);
  return new ApiError(`Partner tenant ${partner}: ${endpoint} failed (${error instanceof Error ? error.message : String(error)})`, undefined, endpoint);
}

/**
 * The partner's customer tenants, as Graph's GDAP customers list gives them (read-only: two GETs,
 * paged with @odata.nextLink), sorted by display name. `partner` is the partner tenant signed in to.
 */
export async function readGdapCustomers(partner: M365Tenant, runtime: ConnectorRuntime, options: GdapReadOptions = {}): Promise<GdapCustomer[]> {
  const endpoints = m365Endpoints(partner);
  const token = m365TokenSource(partner, endpoints, runtime);
  await token();
  const transport = tenantTransport([endpoints.graph], runtime, { signal: options.signal });
  const graph = new GraphReader({ graphBase: endpoints.graph, token, transport });
  const list = async <S extends z.ZodTypeAny>(path: string, schema: S): Promise<z.infer<S>[]> => {
    const endpoint = `GET /v1.0${path.split('?')[0]}`;
    try {
      return parseAnswer(z.array(schema), await graph.list<unknown>(path), endpoint);
    } catch (error) {
      throw asAuditError(error, endpoint, partner.tenantId);
    }
  };
  const customers = await list(`/tenantRelationships/delegatedAdminCustomers?$select=id,tenantId,displayName&$top=${PAGE_SIZE}`, customerSchema);
  let keep = (_tenantId: string) => true;
  if (options.activeOnly) {
    const filter = odata("status eq 'active'");
    const active = await list(`/tenantRelationships/delegatedAdminRelationships?$filter=${filter}&$select=id,status,customer&$top=${PAGE_SIZE}`, relationshipSchema);
    // The filter is asked for, and checked again: an answer that ignored it must not widen the list.
    const ids = new Set(active.filter((relationship) => relationship.status === 'active').flatMap((relationship) => (relationship.customer ? [relationship.customer.tenantId.toLowerCase()] : [])));
    keep = (tenantId) => ids.has(tenantId.toLowerCase());
  }
  const byTenant = new Map<string, GdapCustomer>();
  for (const customer of customers) {
    if (!keep(customer.tenantId)) continue;
    byTenant.set(customer.tenantId.toLowerCase(), { tenantId: customer.tenantId, displayName: customer.displayName?.trim() || customer.tenantId });
  }
  return [...byTenant.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en', { numeric: true }) || a.tenantId.localeCompare(b.tenantId));
}
