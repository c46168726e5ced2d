import pLimit from 'p-limit';
import type { TenantAudit } from '../core/results.js';
import type { AuditConfig } from '../config/load-config.js';
import { createRedactor } from '../redaction/redactor.js';
import type { RunAuditOptions } from './run-audit.js';
import { registerTenantSecrets } from './tenant-secrets.js';
import { auditedTenant, checksForTenant, collectSnapshot, failedTenant, judgeSnapshot, type RunRuntime } from './tenant-audit.js';

export interface RunTenantsOptions extends Omit<RunAuditOptions, 'onTenantDone'> {
  /** Called with each finished tenant's result, redacted; the run waits for it (to write the result to disk). */
  onTenantDone?: (audit: TenantAudit) => void | Promise<void>;
  /** Called as a tenant starts (for progress). */
  onTenantStart?: (tenant: AuditConfig['tenants'][number]) => void;
  /** Once aborted, no tenant is started any more; tenants already running go on until `signal` aborts them. */
  stopStarting?: AbortSignal;
}

/** What became of each tenant of a run, by name, in config order. */
export interface TenantsRun {
  finished: string[];
  /** Never started (the run was told to stop starting) or cut short by `signal`: a later run must audit them. */
  unfinished: string[];
}

/**
 * Audits every tenant of the config, a bounded number at a time, handing each result to
 * `onTenantDone` as soon as it is done instead of keeping it. Each tenant runs in isolation: a
 * failure (bad credentials, outage, a bug) becomes that tenant's failed outcome. A tenant whose
 * collection `signal` interrupted is no result at all (its unread sections would read as verdicts).
 */
export async function runTenants(config: AuditConfig, options: RunTenantsOptions): Promise<TenantsRun> {
  const limit = pLimit(Math.max(1, options.concurrency));
  const redactor = options.redactor ?? createRedactor();
  const runtime: RunRuntime = { ...options.runtime, configDir: config.dir, redactor };
  await registerTenantSecrets(redactor, config.tenants.map((t) => t.entry), runtime);
  const interrupted = () => Boolean(options.signal?.aborted || options.stopStarting?.aborted);
  const finished = await Promise.all(
    config.tenants.map((tenant) =>
      limit(async (): Promise<boolean> => {
        if (interrupted()) return false;
        options.onTenantStart?.(tenant);
        const started = Date.now();
        let audit: TenantAudit;
        try {
          const checks = checksForTenant(tenant, options.catalog);
          const snapshot = await collectSnapshot(tenant, checks, runtime, options.logFor(tenant), options.signal);
          if (options.signal?.aborted) return false;
          await options.onSnapshot?.(tenant, snapshot);
          audit = auditedTenant(snapshot, judgeSnapshot(snapshot, tenant, checks), Date.now() - started);
        } catch (error) {
          if (options.signal?.aborted) return false;
          // An audited tenant's results come from its snapshot, which collectSnapshot has redacted already.
          audit = redactor.redactDeep(failedTenant(tenant, error, Date.now() - started));
        }
        await options.onTenantDone?.(audit);
        return true;
      }),
    ),
  );
  const names = config.tenants.map((t) => t.name);
  return { finished: names.filter((_, i) => finished[i]), unfinished: names.filter((_, i) => !finished[i]) };
}
