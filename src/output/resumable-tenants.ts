import { stat } from 'node:fs/promises';
import pLimit from 'p-limit';
import type { Provider } from '../core/model.js';
import type { TenantHead } from './combined-outputs.js';
import { readTenantResult, tenantResultPath } from './tenant-files.js';

/** A tenant of the config whose result in OUT cannot be taken as this run's: it is audited again. */
export interface RedoneTenant {
  name: string;
  reason: string;
}

/** Result files checked at once: enough to keep the disk busy, few enough that a thousand are never held together. */
const CHECKED_AT_ONCE = 8;

/**
 * Which of the config's tenants a resumed run may take as done, with the head of each: each has a whole result file, written since the
 * run started, for the tenant the config now names (same name and provider). A file left by an earlier run in the
 * same folder, one cut short or not this tenant's, or one whose tenant has changed provider since, would otherwise
 * be counted as this run's: such a tenant is `redone`, with the reason, and must be audited again.
 */
export async function resumableTenants(outDir: string, tenants: readonly { name: string; provider: Provider }[], startedAt: string): Promise<{ done: Map<string, TenantHead>; redone: RedoneTenant[] }> {
  const since = Date.parse(startedAt);
  const limit = pLimit(CHECKED_AT_ONCE);
  const verdicts = await Promise.all(tenants.map((tenant) => limit(() => whyNotDone(outDir, tenant, since))));
  const done = new Map<string, TenantHead>();
  const redone: RedoneTenant[] = [];
  tenants.forEach((tenant, i) => {
    const verdict = verdicts[i]!;
    if (typeof verdict === 'object') done.set(tenant.name, verdict);
    else if (verdict !== 'absent') redone.push({ name: tenant.name, reason: verdict });
  });
  return { done, redone };
}

/** The head of a result the run may take as done (read whole, so the combined pass need not count it again), or why not. */
async function whyNotDone(outDir: string, tenant: { name: string; provider: Provider }, since: number): Promise<TenantHead | 'absent' | string> {
  const file = tenantResultPath(outDir, tenant.name);
  let modified: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return 'absent';
    modified = info.mtimeMs;
  } catch {
    return 'absent';
  }
  if (Number.isFinite(since) && modified < since) return `its result in ${file} is from an earlier run (${new Date(modified).toISOString()}, before this run started at ${new Date(since).toISOString()})`;
  try {
    const result = await readTenantResult(outDir, tenant.name);
    if (result.tenant.provider !== tenant.provider) return `its result in ${file} is for provider ${String(result.tenant.provider)}, and the config now says ${tenant.provider}`;
    return { tenant: result.tenant, counts: result.counts };
  } catch (error) {
    return (error as Error).message;
  }
}
