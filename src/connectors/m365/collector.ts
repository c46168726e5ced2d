import type { z } from 'zod';
import type { SectionSpec } from '../../core/connector.js';
import { ApiShapeError } from '../../core/errors.js';
import type { TenantSettings } from '../../core/tenant-settings.js';
import type { GraphReader } from './graph-reader.js';
import type { M365ServiceClients } from './service-clients.js';
import type { M365Licences, M365Organization, M365SectionName, M365Shapes } from '../../snapshot/m365.js';

export interface M365CollectContext {
  graph: GraphReader;
  /** Exchange Online, Security & Compliance and Fabric: made on first use. */
  services: M365ServiceClients;
  settings: TenantSettings;
  /** Known once the organization has been read (it is read first). */
  organization?: M365Organization;
  /** Known once the licences section has been read; undefined when it could not be. */
  licences?: M365Licences;
}

/** One snapshot section: where it is read from, what it needs, and how to read it. */
export interface M365Collector<K extends M365SectionName> {
  section: K;
  spec: SectionSpec;
  /** When the tenant's licences show this returns false, the read is skipped as a licence gap. */
  licensed?: (licences: M365Licences) => boolean;
  collect(ctx: M365CollectContext): Promise<M365Shapes[K]>;
}

export function defineCollector<K extends M365SectionName>(collector: M365Collector<K>): M365Collector<K> {
  return collector;
}

/**
 * Validates an API answer at the edge; a mismatch names the endpoint and the schema path. `offset` is
 * added to the leading index of the path when `value` is one page of a longer list.
 */
export function parseAnswer<S extends z.ZodTypeAny>(schema: S, value: unknown, endpoint: string, offset = 0): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const [first, ...rest] = issue?.path ?? [];
  const path = (typeof first === 'number' ? [first + offset, ...rest] : (issue?.path ?? [])).join('.');
  throw new ApiShapeError(`Unexpected answer from ${endpoint} at "${path || '(root)'}": ${issue?.message ?? 'invalid'}`, path);
}

/** Percent-encodes an OData query value the way Graph expects it inside a URL. */
export function odata(value: string): string {
  return encodeURIComponent(value).replace(/'/g, '%27');
}
