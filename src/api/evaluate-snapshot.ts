import { loadCatalog } from '../core/catalog.js';
import type { Check } from '../core/define-check.js';
import type { Severity, Snapshot } from '../core/model.js';
import type { AuditResults } from '../core/results.js';
import { DEFAULT_TENANT_SETTINGS } from '../core/tenant-settings.js';
import type { AuditConfig, TenantConfig } from '../config/load-config.js';
import { assembleResults } from '../runner/run-audit.js';
import { auditedTenant, checksForTenant, judgeSnapshot } from '../runner/tenant-audit.js';

export interface EvaluateOptions {
  /** Per-tenant check filters, settings and waivers, matched by tenant name; without it every check runs with default settings. */
  config?: AuditConfig;
  failOn?: Severity | 'none';
  catalog?: readonly Check[];
  /** The clock for waiver expiry (default: now). */
  now?: Date;
}

/** Judges saved snapshots offline, with no network: the same results an audit of those tenants gives. */
export async function evaluateSnapshot(snapshots: Snapshot | readonly Snapshot[], options: EvaluateOptions = {}): Promise<AuditResults> {
  const catalog = options.catalog ?? (await loadCatalog());
  const startedAt = options.now ?? new Date();
  const tenants = (Array.isArray(snapshots) ? snapshots : [snapshots as Snapshot]).map((snapshot) => {
    const started = Date.now();
    const tenant: Pick<TenantConfig, 'provider' | 'checks' | 'settings' | 'waivers'> = options.config?.tenants.find((t) => t.name === snapshot.tenant.name) ?? {
      provider: snapshot.provider,
      settings: snapshot.settings ?? DEFAULT_TENANT_SETTINGS,
      checks: {},
      waivers: [],
    };
    return auditedTenant(snapshot, judgeSnapshot(snapshot, tenant, checksForTenant(tenant, catalog), options.now), Date.now() - started);
  });
  const failOn = options.failOn ?? options.config?.failOn ?? 'none';
  return assembleResults(tenants, { startedAt, failOn, profile: 'from snapshot' });
}
