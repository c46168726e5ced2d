import type { Provider, Severity } from '../core/model.js';
import { RESULTS_SCHEMA_VERSION, type AuditResults, type TenantAudit } from '../core/results.js';
import type { AuditConfig, TenantConfig } from '../config/load-config.js';
import { TOOL } from '../version.js';
import { runTenants } from './run-tenants.js';
import { countStatuses } from './tenant-audit.js';
import type { RunAuditOptions } from './run-options.js';

export type { RunAuditOptions } from './run-options.js';

/**
 * Audits every tenant of the config, a bounded number at a time. Each tenant runs in isolation: a
 * failure (bad credentials, outage, a bug) becomes that tenant's failed outcome and never reaches
 * the others.
 */
export async function runAudit(config: AuditConfig, options: RunAuditOptions): Promise<AuditResults> {
  const startedAt = new Date();
  const byName = new Map<string, TenantAudit>();
  await runTenants(config, {
    ...options,
    onTenantDone: (audit) => {
      byName.set(audit.tenant.name, audit);
      options.onTenantDone?.(audit);
    },
  });
  const tenants = config.tenants.flatMap((t) => byName.get(t.name) ?? []);
  return assembleResults(tenants, { startedAt, failOn: options.failOn, profile: profileOf(config.tenants) });
}

export function profileOf(tenants: readonly TenantConfig[]): string {
  const profiles = [...new Set(tenants.map((t) => t.settings.profile))];
  return profiles.length === 1 ? profiles[0]! : 'mixed';
}

export function assembleResults(tenants: TenantAudit[], meta: { startedAt: Date; failOn: Severity | 'none'; profile: string }): AuditResults {
  const providers = [...new Set(tenants.map((t) => t.tenant.provider))] as Provider[];
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { ...TOOL },
    startedAt: meta.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    options: { failOn: meta.failOn, profile: meta.profile, providers },
    counts: countStatuses(tenants.flatMap((t) => t.results)),
    tenants,
  };
}
