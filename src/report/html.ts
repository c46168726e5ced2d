import type { TextStore } from '../io/spilled-texts.js';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { AREAS, SEVERITIES, STATUSES } from '../core/model.js';
import type { Area, CheckResult, Evidence, Provider, Severity, Status, StatusCounts } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import { actionPlan, evidenceCount, type OwnerActions } from './action-plan.js';
import { controlName } from './control-verdicts.js';
import { hasChanges, type CheckDrift, type Drift } from './drift.js';
import { runSummary, tenantSummary, type ExecutiveSummary, type ScorePoint } from './executive-summary.js';
import { SEVERITY_WEIGHTS, GRADE_BANDS } from './score.js';
import { stackedBar } from './svg-charts.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { showBidiControlsDeep } from '../redaction/bidi-controls.js';
import { loadFrameworks } from '../frameworks/load-frameworks.js';
import type { Framework } from '../frameworks/model.js';
import { frameworkIdsFor } from './framework-compliance.js';
import { sharedResponsibility } from './shared-responsibility.js';
import { ROLLUP_TENANTS, RollupDetails, rollupDetailsOf, rollupView } from './rollup.js';
import type { HistoryInsights } from './history-insights.js';
import { tenantFrameworkRows, type FrameworkTableRow } from './framework-views.js';
import {
  AREA_LABELS,
  PROVIDER_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  STATUS_ORDER,
  countStatuses,
  evidenceRemainder,
  formatDuration,
  formatTimestamp,
  isOpenFailure,
  openFailuresBySeverity,
  plural,
  safeHttpUrl,
  sortFindings,
  sortTenantsWorstFirst,
  tenantKey,
} from './format.js';

export interface HtmlOptions {
  drift?: Drift;
  /** Earlier runs' scores, oldest first, for the trend line. */
  trend?: readonly ScorePoint[];
  /** Print the full findings and the check reference too (on screen they are always there). */
  appendix?: boolean;
  /** --framework: show only this framework's (id or family) compliance. */
  framework?: string;
  /** --history: first seen and fixed dates, time to fix, regressions over the kept runs. */
  history?: HistoryInsights;
  /** The framework files; loaded from frameworks/ when not given. */
  frameworks?: readonly Framework[];
}

/*
 * Everything below turns AuditResults into plain view objects of strings, numbers and booleans.
 * The templates only lay them out, and only with {{ }} (escaped) for anything that came from a tenant.
 * Values are coerced to strings here, so a hand-edited results.json cannot smuggle in an object
 * that Handlebars would treat specially (e.g. one with a toHTML method).
 */

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

const STATUS_ICONS: Record<Status, string> = {
  fail: '✕',
  error: '!',
  not_assessed: '?',
  pass: '✓',
  not_applicable: '–',
};

const PROVIDER_SHORT: Record<Provider, string> = { m365: 'M365', gws: 'GWS', salesforce: 'SFDC' };

const known = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

interface StatusCell {
  status: Status;
  label: string;
  icon: string;
  count: number;
  zero: boolean;
}

interface FindingView {
  /** Stable within the page: finding-<tenant number>-<check id>, linked from the action plan. */
  anchor: string;
  /** The check's entry in the reference appendix, which holds its rationale and references once. */
  checkAnchor: string;
  checkId: string;
  provider: Provider;
  area: Area;
  areaLabel: string;
  severity: Severity;
  severityLabel: string;
  status: Status;
  statusLabel: string;
  statusIcon: string;
  waived: boolean;
  waiverReason: string;
  waiverExpires: string;
  title: string;
  summary: string;
  evidence: { kind: string; name: string; detail: string }[];
  evidenceMore: number;
  evidenceTotal: number;
  hasEvidence: boolean;
  /** Long lists scroll on screen (and print in full). */
  longEvidence: boolean;
  owner: string;
  remediation: string;
  open: boolean;
  /** Owner and remediation matter where something is wrong; a pass links to the check reference only. */
  detailed: boolean;
  /** A pass with no evidence is its summary line alone. */
  hasBody: boolean;
  /** One line per cited framework control, with its own verdict. */
  controls: { name: string; status: Status; statusLabel: string; statusIcon: string; summary: string; differs: boolean }[];
}

/**
 * A check's static metadata, rendered once in the appendix instead of once per tenant: at MSP scale the
 * repeated rationale and references were most of the page.
 */
interface CheckView {
  anchor: string;
  checkId: string;
  providerLabel: string;
  areaLabel: string;
  severity: Severity;
  severityLabel: string;
  title: string;
  owner: string;
  remediation: string;
  rationale: string;
  scuba: string;
  cis: string;
  other: { framework: string; ids: string }[];
  docs: { href: string | null; label: string }[];
  hasReferences: boolean;
}

interface AreaRow {
  status: Status;
  label: string;
  icon: string;
  cells: { count: number; zero: boolean; none: boolean }[];
}

interface TenantView {
  anchor: string;
  name: string;
  displayName: string;
  id: string;
  provider: Provider;
  providerLabel: string;
  providerShort: string;
  failed: boolean;
  error: { code: string; message: string } | null;
  collectedAt: string;
  duration: string;
  counts: StatusCell[];
  byStatus: Record<Status, StatusCell>;
  severity: { critical: number; high: number; medium: number; low: number; info: number };
  severityCells: { severity: Severity; count: number; zero: boolean }[];
  bar: { status: string; x: string; width: string }[];
  summary: ExecutiveSummary;
  frameworks: FrameworkTableRow[];
  history: ReturnType<typeof tenantHistoryView>;
  findingCount: number;
  areaHeadings: { area: Area; label: string }[];
  areaRows: AreaRow[];
  findings: FindingView[];
  hasFindings: boolean;
  openFailures: number;
}

function evidenceView(evidence: Evidence) {
  return { kind: text(evidence.kind), name: text(evidence.name), detail: text(evidence.detail) };
}

/** An id fragment from text that may come from a hand-edited results.json: only [A-Za-z0-9_-] survive. */
const idPart = (value: string): string => value.replace(/[^A-Za-z0-9_-]+/g, '-');

export const findingAnchor = (tenantNumber: number, checkId: string): string => `finding-${tenantNumber}-${idPart(checkId)}`;

/**
 * One appendix entry per check id, and a variant entry per differing metadata (a hand-merged results.json
 * could carry two versions of one check): a finding always links to the text it was judged with.
 */
class CheckCatalog {
  private readonly entries = new Map<string, CheckView>();
  private readonly variants = new Map<string, number>();

  anchorFor(result: CheckResult): string {
    const view = checkView(result);
    const key = JSON.stringify(view);
    const known = this.entries.get(key);
    if (known) return known.anchor;
    const variant = (this.variants.get(view.checkId) ?? 0) + 1;
    this.variants.set(view.checkId, variant);
    const anchor = `check-${idPart(view.checkId)}${variant > 1 ? `-${variant}` : ''}`;
    this.entries.set(key, { ...view, anchor });
    return anchor;
  }

  list(): CheckView[] {
    return [...this.entries.values()].sort((a, b) => a.checkId.localeCompare(b.checkId) || a.anchor.localeCompare(b.anchor));
  }
}

function checkView(result: CheckResult): Omit<CheckView, 'anchor'> {
  const severity = known(SEVERITIES, result.severity, 'info');
  const area = known(AREAS, result.area, 'mfa');
  const provider = known(['m365', 'gws', 'salesforce'] as const, result.provider, 'm365');
  const references = result.references ?? { docs: [] };
  const scuba = (references.scuba ?? []).map(text).join(', ');
  const cis = (references.cis ?? []).map(text).join(', ');
  const other = Object.entries(references.other ?? {}).map(([framework, ids]) => ({
    framework: text(framework),
    ids: (Array.isArray(ids) ? ids : []).map(text).join(', '),
  }));
  // Links come only from our own check metadata, and only as http(s); anything else is shown as text.
  const docs = (references.docs ?? []).map((doc) => ({ href: safeHttpUrl(text(doc)), label: text(doc).replace(/^https?:\/\//i, '') }));
  return {
    checkId: text(result.checkId),
    providerLabel: PROVIDER_LABELS[provider],
    areaLabel: AREA_LABELS[area],
    severity,
    severityLabel: SEVERITY_LABELS[severity],
    title: text(result.title),
    owner: text(result.owner),
    remediation: text(result.remediation),
    rationale: text(result.rationale),
    scuba,
    cis,
    other,
    docs,
    hasReferences: Boolean(scuba || cis || other.length || docs.length),
  };
}

function findingView(result: CheckResult, anchor: string, catalog: CheckCatalog): FindingView {
  const status = known(STATUSES, result.status, 'error');
  const severity = known(SEVERITIES, result.severity, 'info');
  const area = known(AREAS, result.area, 'mfa');
  const evidence = (result.evidence ?? []).map(evidenceView);
  const controls = (Array.isArray(result.controls) ? result.controls : []).map((c) => {
    const own = known(STATUSES, c.status, 'error');
    return { name: text(controlName(c)), status: own, statusLabel: STATUS_LABELS[own], statusIcon: STATUS_ICONS[own], summary: text(c.summary), differs: own !== status };
  });
  const controlsDiffer = controls.some((c) => c.differs);
  return {
    anchor,
    controls,
    checkAnchor: catalog.anchorFor(result),
    checkId: text(result.checkId),
    provider: known(['m365', 'gws', 'salesforce'] as const, result.provider, 'm365'),
    area,
    areaLabel: AREA_LABELS[area],
    severity,
    severityLabel: SEVERITY_LABELS[severity],
    status,
    statusLabel: STATUS_LABELS[status],
    statusIcon: STATUS_ICONS[status],
    waived: result.waiver !== undefined,
    waiverReason: text(result.waiver?.reason),
    waiverExpires: result.waiver?.expires ? formatTimestamp(text(result.waiver.expires)).replace(/ 00:00 UTC$/, '') : '',
    title: text(result.title),
    summary: text(result.summary),
    evidence,
    evidenceMore: evidenceRemainder({ ...result, evidence: result.evidence ?? [] }),
    evidenceTotal: evidence.length + evidenceRemainder({ ...result, evidence: result.evidence ?? [] }),
    hasEvidence: evidence.length > 0,
    longEvidence: evidence.length > 10,
    owner: text(result.owner),
    remediation: text(result.remediation),
    // Open failures and errors are what a reader came for; the rest stays one line until asked for.
    open: (status === 'fail' && result.waiver === undefined) || status === 'error',
    detailed: status !== 'pass' && status !== 'not_applicable',
    hasBody: evidence.length > 0 || result.waiver !== undefined || controlsDiffer || (status !== 'pass' && status !== 'not_applicable'),
  };
}

function statusCells(counts: StatusCounts): StatusCell[] {
  return STATUS_ORDER.map((status) => ({ status, label: STATUS_LABELS[status], icon: STATUS_ICONS[status], count: counts[status], zero: counts[status] === 0 }));
}

function areaRows(results: readonly CheckResult[]): { headings: TenantView['areaHeadings']; rows: AreaRow[] } {
  const perArea = new Map<Area, StatusCounts>(AREAS.map((area) => [area, countStatuses([])]));
  for (const result of results) {
    const counts = perArea.get(result.area);
    if (counts && STATUSES.includes(result.status)) counts[result.status] += 1;
  }
  const totals = new Map(AREAS.map((area) => [area, Object.values(perArea.get(area)!).reduce((a, b) => a + b, 0)]));
  return {
    headings: AREAS.map((area) => ({ area, label: AREA_LABELS[area] })),
    rows: STATUS_ORDER.map((status) => ({
      status,
      label: STATUS_LABELS[status],
      icon: STATUS_ICONS[status],
      cells: AREAS.map((area) => {
        const count = perArea.get(area)![status];
        return { count, zero: count === 0, none: totals.get(area) === 0 };
      }),
    })),
  };
}

const frameworkFiles = (options: HtmlOptions): readonly Framework[] => options.frameworks ?? loadFrameworks();

const shownFrameworks = (options: HtmlOptions): ReadonlySet<string> | undefined => (options.framework ? frameworkIdsFor(options.framework, frameworkFiles(options)) : undefined);

/** Per framework, each tenant's row: the run's compliance tables, printed right after the summary. */
function frameworkOverview(tenants: readonly TenantView[]) {
  const byKey = new Map<string, { key: string; name: string; version: string; url: string | null; rows: (FrameworkTableRow & { tenant: string })[] }>();
  for (const tenant of tenants) {
    for (const row of tenant.frameworks) {
      const entry = byKey.get(row.key) ?? { key: row.key, name: row.name, version: row.version, url: safeHttpUrl(row.url), rows: [] };
      entry.rows.push({ ...row, tenant: tenant.name });
      byKey.set(row.key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

const day = (iso: string) => formatTimestamp(iso).replace(/ \d\d:\d\d UTC$/, '');

function tenantHistoryView(history: HistoryInsights | undefined, audit: TenantAudit) {
  const own = history?.tenants.get(tenantKey(audit.tenant));
  if (!own || (own.open.length === 0 && own.fixed.length === 0)) return null;
  return {
    open: own.open.map((o) => ({ checkId: text(o.checkId), title: text(o.title), firstSeen: day(o.firstSeen), regression: o.regression })),
    fixed: own.fixed.slice(0, 20).map((f) => ({ checkId: text(f.checkId), title: text(f.title), firstSeen: day(f.firstSeen), fixedAt: day(f.fixedAt) })),
    fixedMore: Math.max(0, own.fixed.length - 20),
  };
}

function historyView(history: HistoryInsights | undefined) {
  if (!history) return null;
  return {
    runs: plural(history.runs, 'run'),
    since: day(history.since),
    regressions: history.regressions,
    timeToFix: history.timeToFix.map((t) => ({ owner: text(t.owner), fixes: t.fixes, meanDays: t.meanDays.toFixed(1) })),
  };
}

function tenantView(audit: TenantAudit, index: number, catalog: CheckCatalog, options: HtmlOptions): TenantView {
  const results = audit.results ?? [];
  const counts = countStatuses(results);
  const total = results.length;
  const severity = openFailuresBySeverity(results);
  const provider = known(['m365', 'gws', 'salesforce'] as const, audit.tenant.provider, 'm365');
  const { headings, rows } = areaRows(results);
  const used = new Set<string>();
  const findings = sortFindings(results).map((result) => {
    // The first result of a check id keeps the plain anchor the action plan links to; a duplicate gets a suffix.
    let anchor = findingAnchor(index + 1, text(result.checkId));
    for (let n = 2; used.has(anchor); n++) anchor = `${findingAnchor(index + 1, text(result.checkId))}-${n}`;
    used.add(anchor);
    return findingView(result, anchor, catalog);
  });
  return {
    anchor: `tenant-${index + 1}`,
    name: text(audit.tenant.name),
    displayName: audit.tenant.displayName && audit.tenant.displayName !== audit.tenant.name ? text(audit.tenant.displayName) : '',
    id: text(audit.tenant.id),
    provider,
    providerLabel: PROVIDER_LABELS[provider],
    providerShort: PROVIDER_SHORT[provider],
    failed: audit.outcome === 'failed',
    error: audit.error ? { code: text(audit.error.code), message: text(audit.error.message) } : null,
    collectedAt: formatTimestamp(audit.collectedAt),
    duration: formatDuration(audit.durationMs),
    counts: statusCells(counts),
    byStatus: Object.fromEntries(statusCells(counts).map((cell) => [cell.status, cell])) as Record<Status, StatusCell>,
    severity,
    severityCells: (['critical', 'high', 'medium', 'low'] as const).map((s) => ({ severity: s, count: severity[s], zero: severity[s] === 0 })),
    bar: stackedBar(STATUS_ORDER.map((status) => ({ key: status, value: counts[status] }))).map((segment) => ({ status: segment.key, x: segment.x, width: segment.width })),
    summary: tenantSummary(audit, options.drift, options.trend),
    history: tenantHistoryView(options.history, audit),
    frameworks: tenantFrameworkRows(audit, frameworkFiles(options), `tenant-${index + 1}`, (checkId) => findings.find((f) => f.checkId === checkId && f.detailed)?.anchor ?? null, shownFrameworks(options)),
    findingCount: total,
    areaHeadings: headings,
    areaRows: rows,
    findings,
    hasFindings: findings.length > 0,
    openFailures: results.filter(isOpenFailure).length,
  };
}

function driftEntry(entry: CheckDrift) {
  const previous = entry.previous ? STATUS_LABELS[entry.previous] : 'absent';
  const current = entry.current ? STATUS_LABELS[entry.current] : 'absent';
  return {
    checkId: text(entry.checkId),
    title: text(entry.title),
    severity: entry.severity,
    severityLabel: SEVERITY_LABELS[entry.severity] ?? text(entry.severity),
    previous,
    current,
    currentStatus: entry.current ?? 'none',
    summary: text(entry.summary),
    waived: entry.waived,
  };
}

function driftView(drift: Drift, anchors: Map<string, string>) {
  const t = drift.totals;
  const groups = (tenant: Drift['tenants'][number]) =>
    [
      { kind: 'regression', label: 'Newly failing', entries: tenant.regressions },
      { kind: 'changed', label: 'Status changed', entries: tenant.changed },
      { kind: 'fixed', label: 'Fixed', entries: tenant.fixed },
      { kind: 'added', label: 'New checks', entries: tenant.addedChecks },
      { kind: 'removed', label: 'Removed checks', entries: tenant.removedChecks },
    ]
      .filter((group) => group.entries.length > 0)
      .map((group) => ({ ...group, entries: group.entries.map(driftEntry) }));
  const changed = drift.tenants.filter(hasChanges);
  return {
    previousRun: formatTimestamp(drift.previous.startedAt),
    stats: [
      { kind: 'regression', label: 'Newly failing', count: t.regressions },
      { kind: 'fixed', label: 'Fixed', count: t.fixed },
      { kind: 'changed', label: 'Status changed', count: t.changed },
      { kind: 'still', label: 'Still failing', count: t.stillFailing },
      { kind: 'added', label: 'New checks', count: t.addedChecks },
      { kind: 'removed', label: 'Removed checks', count: t.removedChecks },
    ],
    tenantsNoLongerAudited: t.tenantsNoLongerAudited,
    tenants: changed.map((tenant) => ({
      name: text(tenant.tenant.name),
      providerLabel: PROVIDER_LABELS[tenant.tenant.provider] ?? text(tenant.tenant.provider),
      anchor: anchors.get(tenantKey(tenant.tenant)) ?? '',
      lostAudit: tenant.previousOutcome === 'audited' && tenant.currentOutcome === 'failed',
      regained: tenant.previousOutcome === 'failed' && tenant.currentOutcome === 'audited',
      error: tenant.currentError ? text(tenant.currentError.message) : '',
      groups: groups(tenant),
    })),
    unchangedTenants: drift.tenants.length - changed.length,
    tenantsAdded: drift.tenantsAdded.map((ref) => ({ name: text(ref.name), providerLabel: PROVIDER_LABELS[ref.provider] ?? text(ref.provider) })),
    tenantsRemoved: drift.tenantsRemoved.map((ref) => ({ name: text(ref.name), providerLabel: PROVIDER_LABELS[ref.provider] ?? text(ref.provider) })),
    hasTenantChanges: drift.tenantsAdded.length + drift.tenantsRemoved.length > 0,
  };
}

/** Where the action plan links a tenant's failure: its finding on the page, or the tenant's detail in the roll-up. */
interface ActionTarget {
  name: string;
  anchor: string;
  checkAnchor: string;
}

/** With `tenantsShown`, each check lists that many tenants and counts the rest (a roll-up's check can fail in hundreds). */
function actionsView(plan: OwnerActions[], locate: (tenantNumber: number, checkId: string) => ActionTarget, tenantsShown = Number.POSITIVE_INFINITY) {
  const owners = plan.map((entry) => {
    const checks = new Map<string, { checkId: string; title: string; severity: Severity; severityLabel: string; remediation: string; checkAnchor: string; tenants: { name: string; anchor: string; evidence: string }[]; moreTenants: number }>();
    for (const { result, tenantNumber } of entry.items) {
      const checkId = text(result.checkId);
      const target = locate(tenantNumber, checkId);
      let row = checks.get(checkId);
      if (!row) {
        const severity = known(SEVERITIES, result.severity, 'info');
        row = {
          checkId,
          title: text(result.title),
          severity,
          severityLabel: SEVERITY_LABELS[severity],
          remediation: text(result.remediation),
          checkAnchor: target.checkAnchor,
          tenants: [],
          moreTenants: 0,
        };
        checks.set(checkId, row);
      }
      if (row.tenants.length >= tenantsShown) {
        row.moreTenants += 1;
        continue;
      }
      const count = evidenceCount(result);
      row.tenants.push({ name: target.name, anchor: target.anchor, evidence: count ? plural(count, 'item') : '' });
    }
    const total = entry.items.length;
    return {
      owner: text(entry.owner),
      named: entry.named,
      contact: text(entry.contact),
      roles: entry.named ? entry.roles.map(text).join(', ') : '',
      counts: (['critical', 'high', 'medium', 'low'] as const).map((severity) => ({ severity, count: entry.counts[severity], zero: entry.counts[severity] === 0 })),
      total,
      totalLabel: plural(total, 'open failure'),
      tenantLabel: plural(entry.tenantCount, 'tenant'),
      checks: [...checks.values()],
    };
  });
  const total = plan.reduce((n, entry) => n + entry.items.length, 0);
  return { owners, hasOwners: owners.length > 0, total: plural(total, 'open failure'), ownerCount: plural(owners.length, 'owner') };
}

function findingTarget(tenants: TenantView[]) {
  return (tenantNumber: number, checkId: string): ActionTarget => {
    const tenant = tenants[tenantNumber - 1]!;
    const finding = tenant.findings.find((f) => f.anchor === findingAnchor(tenantNumber, checkId));
    return { name: tenant.name, anchor: finding?.anchor ?? tenant.anchor, checkAnchor: finding?.checkAnchor ?? '' };
  };
}

function reportView(results: AuditResults, options: HtmlOptions) {
  const audits = sortTenantsWorstFirst(results.tenants);
  const catalog = new CheckCatalog();
  const tenants = audits.map((audit, index) => tenantView(audit, index, catalog, options));
  const anchors = new Map(audits.map((audit, i) => [tenantKey(audit.tenant), tenants[i]!.anchor]));
  const all = results.tenants.flatMap((t) => t.results ?? []);
  const counts = countStatuses(all);
  const failedTenants = tenants.filter((t) => t.failed).length;
  const providers = [...new Set(results.tenants.map((t) => t.tenant.provider))].filter((p) => p in PROVIDER_LABELS);
  const severityTotals = openFailuresBySeverity(all);
  return {
    ...runHeader(results, options),
    failedTenantsLabel: plural(failedTenants, 'tenant'),
    severityTotals: (['critical', 'high', 'medium', 'low'] as const).map((s) => ({ severity: s, label: SEVERITY_LABELS[s], count: severityTotals[s] })),
    tenants,
    rollup: null,
    frameworkOverview: frameworkOverview(tenants),
    frameworkChoice: text(options.framework),
    actions: actionsView(actionPlan(results), findingTarget(tenants)),
    checks: catalog.list(),
    drift: options.drift ? driftView(options.drift, anchors) : null,
    filters: {
      statuses: STATUS_ORDER.map((status) => ({ status, label: STATUS_LABELS[status], icon: STATUS_ICONS[status], count: counts[status] })),
      severities: SEVERITIES.map((severity) => ({ severity, label: SEVERITY_LABELS[severity] })),
      areas: AREAS.map((area) => ({ area, label: AREA_LABELS[area] })),
      providers: providers.map((provider) => ({ provider, label: PROVIDER_LABELS[provider] })),
      showProviders: providers.length > 1,
    },
  };
}

/** A roll-up's action plan names this many tenants per check; its table has every tenant. */
const ROLLUP_ACTION_TENANTS = 10;

/**
 * Many tenants: the summary, the framework view, who must act, the heatmap table and the data each
 * tenant's detail is drawn from on demand. `results` may be lean copies: nothing here reads evidence
 * beyond what they keep.
 */
function rollupReportView(results: AuditResults, options: HtmlOptions, details: RollupDetails) {
  const numbers = new Map(results.tenants.map((audit, i) => [audit, i]));
  const worstFirst = sortTenantsWorstFirst(results.tenants);
  const locate = (tenantNumber: number): ActionTarget => {
    const audit = worstFirst[tenantNumber - 1]!;
    return { name: text(audit.tenant.name), anchor: `t=${numbers.get(audit)}`, checkAnchor: '' };
  };
  return {
    ...runHeader(results, options),
    rollup: rollupView(results, details),
    frameworkChoice: text(options.framework),
    actions: actionsView(actionPlan(results), locate, ROLLUP_ACTION_TENANTS),
    drift: null,
  };
}

/** What both layouts show above the tenants: the run, its counts, the executive summary, responsibility and history. */
function runHeader(results: AuditResults, options: HtmlOptions) {
  const all = results.tenants.flatMap((t) => t.results ?? []);
  // A resumed run's time since its first start would count the interruption.
  const started = Date.parse(results.resumedAt ?? results.startedAt);
  const finished = Date.parse(results.finishedAt);
  const providers = [...new Set(results.tenants.map((t) => t.tenant.provider))].filter((p) => p in PROVIDER_LABELS);
  return {
    title: `Tenant security audit — ${formatTimestamp(results.startedAt)}`,
    startedAt: formatTimestamp(results.startedAt),
    resumedAt: results.resumedAt ? formatTimestamp(results.resumedAt) : '',
    duration: Number.isFinite(finished - started) ? formatDuration(finished - started) : '',
    toolVersion: text(results.tool?.version),
    profile: text(results.options?.profile),
    failOn: text(results.options?.failOn),
    providerList: providers.map((p) => PROVIDER_LABELS[p]).join(', '),
    tenantCount: plural(results.tenants.length, 'tenant'),
    failedTenants: results.tenants.filter((t) => t.outcome === 'failed').length,
    checkCount: all.length,
    stats: statusCells(countStatuses(all)),
    summary: runSummary(results, options.drift, options.trend),
    scoreFormula: {
      weights: SEVERITIES.map((severity) => `${SEVERITY_LABELS[severity]} ${SEVERITY_WEIGHTS[severity]}`).join(', '),
      grades: GRADE_BANDS.map((band) => `${band.grade} ≥ ${band.min}`).join(', '),
    },
    responsibility: sharedResponsibility(results),
    history: historyView(options.history),
    appendix: options.appendix === true,
  };
}

/** templates/report/ under the package root, found from this module whether it runs from src/ or a build folder. */
function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'templates', 'report');
    if (existsSync(join(candidate, 'layout.hbs'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('tenant-audit: templates/report/layout.hbs not found above the report module');
    dir = parent;
  }
}

const PARTIALS = ['overview', 'filters', 'actions', 'tenant', 'finding', 'check', 'drift', 'summary', 'frameworks', 'tenant-frameworks', 'responsibility', 'history', 'tenant-history', 'rollup', 'rollup-frameworks'] as const;

let compiled: Handlebars.TemplateDelegate | undefined;

function layout(): Handlebars.TemplateDelegate {
  if (compiled) return compiled;
  const dir = templatesDir();
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  // Template indentation is for people editing the templates; repeated per finding it was a tenth of a large page.
  // Only whitespace at the start of template lines goes (a newline stays, so inline elements keep their gap).
  const readTemplate = (file: string) => read(file).replace(/^[ \t]+/gm, '');
  // A private instance: no helper or partial registered elsewhere in the process can change this output.
  const hbs = Handlebars.create();
  const compileOptions = { strict: true, knownHelpersOnly: true, preventIndent: true } as const;
  for (const name of PARTIALS) hbs.registerPartial(name, hbs.compile(readTemplate(`${name}.hbs`), compileOptions));
  // Our own static CSS and JS, inlined verbatim so the page works offline from file://.
  hbs.registerPartial('styles', read('report.css'));
  hbs.registerPartial('script', read('report.js'));
  hbs.registerPartial('rollup-script', read('rollup.js'));
  compiled = hbs.compile(readTemplate('layout.hbs'), compileOptions);
  return compiled;
}

/** One self-contained HTML page: no network fetches, CSS and JS inline, filters that degrade to "show everything". */
export function renderHtml(results: AuditResults, options: HtmlOptions = {}): string {
  if (results.tenants.length > ROLLUP_TENANTS) return [...rollupHtmlChunks(results, rollupDetailsOf(results, frameworkFiles(options), shownFrameworks(options)), options)].join('');
  return page(reportView(results, options));
}

/**
 * The roll-up page in pieces, from details gathered one tenant at a time and lean copies of the tenants
 * in the same order, so a run of a thousand tenants never holds every whole result, nor the page whole:
 * the layout, then the data script's JSON a tenant at a time, then the rest.
 */
export function* rollupHtmlChunks(results: AuditResults, details: RollupDetails, options: HtmlOptions = {}): Generator<string> {
  // A fresh nonce: no tenant text can hold it, so it marks the template's place alone.
  const placeholder = `tenant-audit-rollup-data-${randomUUID()}`;
  const html = page({ ...rollupReportView(results, options, details), rollupData: placeholder });
  const at = html.indexOf(placeholder);
  yield html.slice(0, at);
  for (const chunk of details.dataChunks()) yield scriptSafeJson(chunk);
  yield html.slice(at + placeholder.length);
}

/**
 * JSON text to sit raw in a script element, which the browser reads without decoding entities: `<` is the one
 * character there that can close the element or open a comment, and JSON can write it as \u003c wherever it occurs (in strings).
 */
export const scriptSafeJson = (json: string): string => json.replace(/</g, '\\u003c');

/** The frameworks a roll-up's details should gather for these options. */
export const rollupDetails = (options: HtmlOptions = {}, tenants?: TextStore): RollupDetails => new RollupDetails(frameworkFiles(options), shownFrameworks(options), tenants);

/** The page of a view; tenant text in it shows its bidi controls instead of obeying them (a summary quotes names whole). */
function page(view: object): string {
  const html = layout()({ ...showBidiControlsDeep(view), csp: CSP_PLACEHOLDER });
  return html.replace(CSP_PLACEHOLDER, policyFor(html));
}

/** Stands in for the policy while rendering: the hashes are of the style and script exactly as the page carries them. */
const CSP_PLACEHOLDER = 'tenant-audit-content-security-policy';

/** The inline style and script are the first of their tags (the policy's meta tag precedes any tenant text). */
function policyFor(page: string): string {
  const body = (tag: string) => {
    const start = page.indexOf(`<${tag}>`) + tag.length + 2;
    return page.slice(start, page.indexOf(`</${tag}>`, start));
  };
  return contentSecurityPolicy(body('style'), body('script'));
}
