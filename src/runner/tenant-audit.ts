import type { Check } from '../core/define-check.js';
import type { CollectLog, ConnectorRuntime } from '../core/connector.js';
import { AuditError } from '../core/errors.js';
import { evaluateSnapshot } from '../core/evaluate.js';
import { emptyCounts, type CheckResult, type Snapshot, type StatusCounts } from '../core/model.js';
import type { TenantAudit } from '../core/results.js';
import { selectChecks } from '../core/catalog.js';
import type { TenantConfig } from '../config/load-config.js';
import type { Waiver } from '../config/schema.js';
import { providerModule } from '../connectors/registry.js';
import type { Redactor } from '../redaction/redactor.js';
import { TOOL } from '../version.js';

/** The checks a tenant runs: its provider's, filtered by the tenant's include/exclude lists. */
export function checksForTenant(tenant: Pick<TenantConfig, 'provider' | 'checks'>, catalog: readonly Check[]): Check[] {
  return selectChecks(catalog, { providers: [tenant.provider], include: tenant.checks.include, exclude: tenant.checks.exclude });
}

export function sectionsFor(checks: readonly Check[]): string[] {
  return [...new Set(checks.flatMap((check) => check.reads))].sort();
}

/** The runtime of a run: the connectors' own, with the whole redactor the runner applies. */
export interface RunRuntime extends ConnectorRuntime {
  redactor: Redactor;
}

/** What a connector logs, redacted before any logger sees it. */
export function redactingLog(log: CollectLog, redact: Redactor): CollectLog {
  return { info: (message) => log.info(redact(message)), warn: (message) => log.warn(redact(message)) };
}

/**
 * Reads one tenant into a snapshot through its provider's connector. The snapshot comes back redacted
 * (section errors echo API bodies, which may echo credentials): it is what gets saved and judged, so a
 * saved snapshot is judged offline exactly as the run judged it.
 */
export async function collectSnapshot(tenant: TenantConfig, checks: readonly Check[], runtime: RunRuntime, log: CollectLog): Promise<Snapshot> {
  const module = providerModule(tenant.provider);
  const connector = module.createConnector(tenant.entry, runtime);
  const collectedAt = new Date().toISOString();
  const collected = await connector.collect({ sections: sectionsFor(checks) as never[], settings: tenant.settings, log: redactingLog(log, runtime.redactor) });
  return runtime.redactor.redactDeep<Snapshot>({
    schemaVersion: 1,
    provider: tenant.provider,
    tenant: collected.tenant,
    collectedAt,
    tool: { ...TOOL },
    settings: tenant.settings,
    sections: collected.sections as Snapshot['sections'],
  });
}

function activeWaiver(waivers: readonly Waiver[], checkId: string, now: Date): Waiver | undefined {
  return waivers.find((w) => w.check === checkId && (!w.expires || new Date(`${w.expires}T23:59:59Z`) >= now));
}

export function countStatuses(results: readonly CheckResult[]): StatusCounts {
  const counts = emptyCounts();
  for (const result of results) counts[result.status]++;
  return counts;
}

/** Judges a snapshot with the tenant's settings, checks and waivers. Pure apart from the clock for waiver expiry. */
export function judgeSnapshot(snapshot: Snapshot, tenant: Pick<TenantConfig, 'settings' | 'waivers'>, checks: readonly Check[], now = new Date()): CheckResult[] {
  return evaluateSnapshot(checks, snapshot, tenant.settings).map((result) => {
    const waiver = activeWaiver(tenant.waivers, result.checkId, now);
    return waiver ? { ...result, waiver: { reason: waiver.reason, ...(waiver.expires ? { expires: waiver.expires } : {}) } } : result;
  });
}

export function auditedTenant(snapshot: Snapshot, results: CheckResult[], durationMs: number): TenantAudit {
  return { tenant: snapshot.tenant, outcome: 'audited', collectedAt: snapshot.collectedAt, durationMs, counts: countStatuses(results), results };
}

export function failedTenant(tenant: TenantConfig, error: unknown, durationMs: number): TenantAudit {
  const code = error instanceof AuditError ? error.code : 'E_UNEXPECTED';
  const message = error instanceof Error ? error.message : String(error);
  return { tenant: { name: tenant.name, provider: tenant.provider }, outcome: 'failed', error: { code, message }, durationMs, counts: emptyCounts(), results: [] };
}
