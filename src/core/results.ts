import type { CheckResult, Provider, Severity, StatusCounts, TenantRef } from './model.js';

/**
 * 1.1 added `results[].controls` (one verdict per cited framework control); 1.2 added `incomplete` (an interrupted run);
 * 1.3 added `resumedAt` (a run that `audit --resume` finished).
 */
export const RESULTS_SCHEMA_VERSION = '1.3';

export interface TenantAudit {
  tenant: TenantRef;
  /** audited: checks ran (some may be not_assessed); failed: the tenant could not be audited at all. */
  outcome: 'audited' | 'failed';
  /** Why the tenant could not be audited, or why it was only partly read; never a secret. */
  error?: { code: string; message: string };
  collectedAt?: string;
  durationMs: number;
  counts: StatusCounts;
  results: CheckResult[];
}

/** results.json: the canonical output every other format renders from. */
export interface AuditResults {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  tool: { name: 'tenant-audit'; version: string };
  /** When the run first started; a resumed run keeps it. */
  startedAt: string;
  /** Set when `audit --resume` finished the run: when the last resume started (the time between is the interruption). */
  resumedAt?: string;
  finishedAt: string;
  options: { failOn: Severity | 'none'; profile: string; providers: Provider[] };
  counts: StatusCounts;
  /** Set when the run was interrupted: these tenants of the config have no result (`audit --resume` finishes them). */
  incomplete?: { reason: string; missingTenants: string[] };
  tenants: TenantAudit[];
}
