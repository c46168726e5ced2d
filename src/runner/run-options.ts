import type { Check } from '../core/define-check.js';
import type { CollectLog, ConnectorRuntime } from '../core/connector.js';
import type { Severity, Snapshot } from '../core/model.js';
import type { TenantAudit } from '../core/results.js';
import type { TenantConfig } from '../config/load-config.js';
import type { Redactor } from '../redaction/redactor.js';

/** What a run of tenants is given: the in-process runner (runTenants) and runAudit take it alike. */
export interface RunAuditOptions {
  catalog: readonly Check[];
  concurrency: number;
  failOn: Severity | 'none';
  runtime: Omit<ConnectorRuntime, 'configDir' | 'redactor'>;
  /**
   * The run's redactor; the run teaches it every tenant's credentials, and the connectors the tokens
   * they obtain. Pass the one the console uses, so what it prints is redacted too.
   */
  redactor?: Redactor;
  /** A logger per tenant; lines are prefixed by the caller. */
  logFor: (tenant: TenantConfig) => CollectLog;
  /** Called with each snapshot (redacted) as soon as it is collected (to save it), before judging. */
  onSnapshot?: (tenant: TenantConfig, snapshot: Snapshot) => Promise<void>;
  /** Called with each tenant's result, redacted, as soon as it is done. */
  onTenantDone?: (audit: TenantAudit) => void;
  /** Interrupts the run: requests in flight are aborted and unread sections end as not collected. */
  signal?: AbortSignal;
}
