import type { ConnectorRuntime } from '../core/connector.js';
import type { AuditConfig, TenantConfig } from '../config/load-config.js';
import type { RunLimits } from '../config/schema.js';
import { credentialKey } from './credential-key.js';
import type { BudgetLane } from './tenant-budget.js';

/**
 * The caps each tenant counts against besides the run's concurrency: its provider's (`limits.perProvider`)
 * and its credential's (`limits.perCredential`), the credential named by the tenant's resolved auth.
 */
export async function tenantLanes(config: Pick<AuditConfig, 'tenants'>, limits: RunLimits | undefined, runtime: Pick<ConnectorRuntime, 'configDir' | 'env'>): Promise<(tenant: TenantConfig) => BudgetLane[]> {
  const perCredential = limits?.perCredential;
  const keys = new Map<string, string>();
  if (perCredential) for (const tenant of config.tenants) keys.set(tenant.name, await credentialKey(tenant, runtime));
  return (tenant) => {
    const lanes: BudgetLane[] = [];
    const perProvider = limits?.perProvider?.[tenant.provider];
    if (perProvider) lanes.push({ key: `provider:${tenant.provider}`, max: perProvider });
    if (perCredential) lanes.push({ key: `credential:${keys.get(tenant.name)}`, max: perCredential });
    return lanes;
  };
}
