import type { TenantRequestStats } from './graph-double.js';
import type { MemoryPeaks } from './memory-sampler.js';

/** What one benchmark measured, in its own process; printed as a table row plus details. */
export interface ScenarioResult {
  name: string;
  wallMs: number;
  /** Server-side counts, summed over tenants. */
  http?: TenantRequestStats & { tenants: number };
  clientRetries?: number;
  memory: MemoryPeaks;
  details: Record<string, string | number>;
  problems: string[];
}
