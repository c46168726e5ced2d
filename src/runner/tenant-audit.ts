import type { Check } from '../core/define-check.js';
import type { CollectLog, ConnectorRuntime } from '../core/connector.js';
import { AuditError } from '../core/errors.js';
import { evaluateSnapshot } from '../core/evaluate.js';
import { emptyCounts, type CheckResult, type Snapshot, type StatusCounts } from '../core/model.js';
import type { TenantAudit } from '../core/results.js';
import { selectChecks } from '../core/catalog.js';
import type { TenantConfig } from '../config/load-config.js';
import { assignOwner } from './assign-owner.js';
import type { Waiver } from '../config/schema.js';
import { providerModule } from '../connectors/registry.js';
import type { Redactor } from '../redaction/redactor.js';
import { TOOL } from '../version.js';
import { DEFAULT_TENANT_DEADLINE_MS } from '../transport/limits.js';

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

/** The tenant's deadline has passed and its connector has not returned: the tenant fails with that reason. */
export class TenantDeadlineError extends AuditError {
  readonly code = 'E_DEADLINE';
}

/** A connector gets this long past its deadline to return what it has before the tenant is given up. */
const DEADLINE_GRACE_MS = 2_000;

/**
 * Reads one tenant into a snapshot, redacted (section errors echo API bodies, which may echo credentials):
 * a snapshot that is saved is the one judged, so it is judged offline exactly as the run judged it.
 */
export async function collectSnapshot(tenant: TenantConfig, checks: readonly Check[], runtime: RunRuntime, log: CollectLog, stop?: AbortSignal): Promise<Snapshot> {
  return runtime.redactor.redactDeep(await readTenant(tenant, checks, runtime, log, stop));
}

/**
 * Reads one tenant into a snapshot through its provider's connector, within the tenant's deadline:
 * its requests are aborted when it passes, and a connector that still does not return is abandoned.
 * The snapshot is not redacted: whoever lets it, or what is made of it, leave the process redacts that.
 */
async function readTenant(tenant: TenantConfig, checks: readonly Check[], runtime: RunRuntime, log: CollectLog, stop?: AbortSignal): Promise<Snapshot> {
  const module = providerModule(tenant.provider);
  const connector = module.createConnector(tenant.entry, runtime);
  const collectedAt = new Date().toISOString();
  const deadlineMs = runtime.tenantDeadlineMs ?? DEFAULT_TENANT_DEADLINE_MS;
  const deadline = AbortSignal.timeout(deadlineMs);
  const signal = stop ? AbortSignal.any([deadline, stop]) : deadline;
  const late = () => new TenantDeadlineError(`Tenant "${tenant.name}" was not read within its deadline of ${Math.round(deadlineMs / 100) / 10} s; raise --tenant-deadline if it is very large.`);
  let timer: NodeJS.Timeout | undefined;
  const abandoned = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), deadlineMs + DEADLINE_GRACE_MS);
  });
  const collecting = connector.collect({ sections: sectionsFor(checks) as never[], settings: tenant.settings, log: redactingLog(log, runtime.redactor), signal, deadlineAt: Date.now() + deadlineMs });
  collecting.catch(() => undefined);
  let collected: Awaited<typeof collecting>;
  try {
    collected = await Promise.race([collecting, abandoned]);
  } finally {
    clearTimeout(timer);
  }
  // Sections cut short by the deadline would make a snapshot of whatever happened to arrive first.
  if (deadline.aborted) throw late();
  return {
    schemaVersion: 1,
    provider: tenant.provider,
    tenant: collected.tenant,
    collectedAt,
    tool: { ...TOOL },
    settings: tenant.settings,
    sections: collected.sections as Snapshot['sections'],
  };
}

/** A waiver names the check by its id or by one of its aliases (a renamed or split check keeps its waivers). */
function activeWaiver(waivers: readonly Waiver[], result: CheckResult, now: Date): Waiver | undefined {
  const names = [result.checkId, ...(result.aliases ?? [])];
  return waivers.find((w) => names.includes(w.check) && (!w.expires || new Date(`${w.expires}T23:59:59Z`) >= now));
}

export function countStatuses(results: readonly CheckResult[]): StatusCounts {
  const counts = emptyCounts();
  for (const result of results) counts[result.status]++;
  return counts;
}

/** Judges a snapshot with the tenant's settings, checks and waivers. Pure apart from the clock for waiver expiry. */
export function judgeSnapshot(snapshot: Snapshot, tenant: Pick<TenantConfig, 'settings' | 'waivers'> & Partial<Pick<TenantConfig, 'owners'>>, checks: readonly Check[], now = new Date()): CheckResult[] {
  return evaluateSnapshot(checks, snapshot, tenant.settings).map((result) => {
    const waiver = activeWaiver(tenant.waivers, result, now);
    const assignee = assignOwner(result, tenant.owners ?? []);
    return {
      ...result,
      ...(waiver ? { waiver: { reason: waiver.reason, ...(waiver.expires ? { expires: waiver.expires } : {}) } } : {}),
      ...(assignee ? { assignee } : {}),
    };
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

/** What auditing one tenant needs besides the tenant: the same whether it runs in-process or in a worker thread. */
export interface TenantAuditContext {
  catalog: readonly Check[];
  runtime: RunRuntime;
  log: CollectLog;
  /** Interrupts the tenant: it then has no result at all. */
  signal?: AbortSignal;
  /** Called with the snapshot (redacted, and then judged as it is) as soon as it is collected, before judging. */
  onSnapshot?: (snapshot: Snapshot) => Promise<void>;
}

/**
 * Collects and judges one tenant; what comes back is redacted. A failure (bad credentials, outage, a bug)
 * becomes its failed outcome; a tenant `signal` interrupted is no result at all (undefined): its unread
 * sections would read as verdicts.
 *
 * A snapshot that is not saved is judged as read and its results redacted: what a check quotes comes
 * from the snapshot whole (names, ids, messages; lists are cut, strings are not), and the results are a
 * small part of a large tenant's snapshot, whose walk (every user, app and grant) cost seconds a run.
 */
export async function auditTenant(tenant: TenantConfig, context: TenantAuditContext): Promise<TenantAudit | undefined> {
  const started = Date.now();
  const { redactor } = context.runtime;
  try {
    const checks = checksForTenant(tenant, context.catalog);
    const read = await readTenant(tenant, checks, context.runtime, context.log, context.signal);
    if (context.signal?.aborted) return undefined;
    if (!context.onSnapshot) return redactor.redactDeep(auditedTenant(read, judgeSnapshot(read, tenant, checks), Date.now() - started));
    const snapshot = redactor.redactDeep(read);
    await context.onSnapshot(snapshot);
    return redactor.redactDeep(auditedTenant(snapshot, judgeSnapshot(snapshot, tenant, checks), Date.now() - started));
  } catch (error) {
    if (context.signal?.aborted) return undefined;
    return redactor.redactDeep(failedTenant(tenant, error, Date.now() - started));
  }
}
