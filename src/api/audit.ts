import { loadCatalog } from '../core/catalog.js';
import { defaultSleep, type CollectLog, type ConnectorRuntime } from '../core/connector.js';
import type { Check } from '../core/define-check.js';
import type { Severity, Snapshot } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import type { AuditConfig, TenantConfig } from '../config/load-config.js';
import type { Redactor } from '../redaction/redactor.js';
import { runAudit } from '../runner/run-audit.js';
import { DEFAULT_LIMITS } from '../transport/limits.js';

export interface AuditOptions {
  /** Tenants audited at once (default: the config's concurrency, else 4). */
  concurrency?: number;
  /** Recorded in the results; the CLI's exit code follows it (default: the config's failOn, else none). */
  failOn?: Severity | 'none';
  /** Where the config's …Env fields are read from (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Tries per request, timeouts and size caps of the shared transport, over its defaults. */
  network?: Pick<ConnectorRuntime, 'maxTries' | 'limits' | 'tenantDeadlineMs'>;
  /** The checks to choose from (default: every check of this version). */
  catalog?: readonly Check[];
  /** Learns every tenant's credentials and tokens during the run; pass one to redact your own logs with it. */
  redactor?: Redactor;
  /** Progress lines per tenant (default: none). */
  logFor?: (tenant: TenantConfig) => CollectLog;
  /** Each tenant's snapshot, redacted, as soon as it is collected. */
  onSnapshot?: (tenant: TenantConfig, snapshot: Snapshot) => Promise<void>;
  /** Each tenant's result, redacted, as soon as it is done. */
  onTenantDone?: (audit: TenantAudit) => void;
  /** Aborts requests in flight; unread sections end as not collected. */
  signal?: AbortSignal;
}

const SILENT: CollectLog = { info: () => {}, warn: () => {} };

/** Collects and judges every tenant of a loaded config; a tenant that cannot be read is a failed outcome, never a throw. */
export async function audit(config: AuditConfig, options: AuditOptions = {}): Promise<AuditResults> {
  return runAudit(config, {
    catalog: options.catalog ?? (await loadCatalog()),
    concurrency: options.concurrency ?? config.concurrency ?? 4,
    failOn: options.failOn ?? config.failOn ?? 'none',
    runtime: { env: options.env ?? process.env, sleep: defaultSleep, maxTries: DEFAULT_LIMITS.maxTries, ...options.network },
    redactor: options.redactor,
    logFor: options.logFor ?? (() => SILENT),
    onSnapshot: options.onSnapshot,
    onTenantDone: options.onTenantDone,
    signal: options.signal,
  });
}
