import type { TenantAudit } from '../core/results.js';
import type { AuditConfig } from '../config/load-config.js';
import type { RunLimits } from '../config/schema.js';
import { createRedactor } from '../redaction/redactor.js';
import type { RunAuditOptions } from './run-options.js';
import { runWithinBudget } from './tenant-budget.js';
import { tenantLanes } from './tenant-lanes.js';
import { registerTenantSecrets } from './tenant-secrets.js';
import { auditTenant, type RunRuntime } from './tenant-audit.js';

export interface RunTenantsOptions extends Omit<RunAuditOptions, 'onTenantDone' | 'failOn'> {
  /** Called with each finished tenant's result, redacted; the run waits for it (to write the result to disk). */
  onTenantDone?: (audit: TenantAudit) => void | Promise<void>;
  /** Called as a tenant starts (for progress). */
  onTenantStart?: (tenant: AuditConfig['tenants'][number]) => void;
  /** Once aborted, no tenant is started any more; tenants already running go on until `signal` aborts them. */
  stopStarting?: AbortSignal;
  /** Caps per provider and per credential within `concurrency` (default: the config's `limits:`). */
  limits?: RunLimits;
}

/** What became of each tenant of a run, by name, in config order. */
export interface TenantsRun {
  finished: string[];
  /** Never started (the run was told to stop starting) or cut short by `signal`: a later run must audit them. */
  unfinished: string[];
}

export function tenantsRun(config: Pick<AuditConfig, 'tenants'>, finished: readonly boolean[]): TenantsRun {
  const names = config.tenants.map((t) => t.name);
  return { finished: names.filter((_, i) => finished[i]), unfinished: names.filter((_, i) => !finished[i]) };
}

/**
 * Audits every tenant of the config in this thread, within the concurrency and the limits per provider
 * and credential, handing each result to `onTenantDone` as soon as it is done instead of keeping it.
 * Each tenant runs in isolation: a failure becomes that tenant's failed outcome.
 */
export async function runTenants(config: AuditConfig, options: RunTenantsOptions): Promise<TenantsRun> {
  const redactor = options.redactor ?? createRedactor();
  const runtime: RunRuntime = { ...options.runtime, configDir: config.dir, redactor };
  await registerTenantSecrets(redactor, config.tenants.map((t) => t.entry), runtime);
  const lanesOf = await tenantLanes(config, options.limits ?? config.limits, runtime);
  const stopped = () => Boolean(options.signal?.aborted || options.stopStarting?.aborted);
  const finished = await runWithinBudget(
    config.tenants,
    Math.max(1, options.concurrency),
    lanesOf,
    async (tenant): Promise<boolean> => {
      options.onTenantStart?.(tenant);
      const onSnapshot = options.onSnapshot;
      const audit = await auditTenant(tenant, { catalog: options.catalog, runtime, log: options.logFor(tenant), signal: options.signal, onSnapshot: onSnapshot && ((snapshot) => onSnapshot(tenant, snapshot)) });
      if (!audit) return false;
      await options.onTenantDone?.(audit);
      return true;
    },
    stopped,
    false,
  );
  return tenantsRun(config, finished);
}
