import type { Severity, Status } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import { actionPlan } from './action-plan.js';
import { showBidiControls } from '../redaction/bidi-controls.js';
import { hasChanges, type CheckDrift, type Drift } from './drift.js';
import {
  PROVIDER_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  atOrAbove,
  countStatuses,
  evidenceRemainder,
  evidenceText,
  formatTimestamp,
  isOpenFailure,
  isWaived,
  openFailuresBySeverity,
  plural,
  sortFindings,
  sortTenantsWorstFirst,
} from './format.js';

export interface MarkdownOptions {
  drift?: Drift;
  /** The lowest severity listed among failing checks (default high). */
  minSeverity?: Severity;
  /** Failing checks listed per tenant before "and N more" (default 10). */
  maxFindingsPerTenant?: number;
}

const MAX_TEXT = 240;
const MAX_EVIDENCE = 3;

/**
 * Tenant text is hostile and lands in GitHub job summaries and tickets, which render Markdown and some HTML:
 * entity-encode HTML, backslash-escape Markdown syntax, flatten line breaks so nothing can start a block,
 * and show bidi controls rather than let a name reverse the rest of its line.
 */
export function mdText(value: string, maxLength = MAX_TEXT): string {
  let text = showBidiControls(value).replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}…`;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
}

/** Check ids are ours, but a code span still must not be broken out of. */
const code = (value: string) => `\`${value.replace(/`/g, "'")}\``;

const statusLabel = (status: Status | null) => (status ? STATUS_LABELS[status].toLowerCase() : 'absent');

function tenantName(audit: Pick<TenantAudit, 'tenant'>): string {
  return `**${mdText(audit.tenant.name, 120)}**`;
}

function countsLine(results: AuditResults): string {
  const counts = countStatuses(results.tenants.flatMap((t) => t.results));
  const failedTenants = results.tenants.filter((t) => t.outcome === 'failed').length;
  const parts = [
    `**${counts.fail} failing**`,
    plural(counts.error, 'error'),
    `${counts.not_assessed} not assessed`,
    `${counts.pass} passing`,
    `${counts.not_applicable} not applicable`,
  ];
  const tenants = `${plural(results.tenants.length, 'tenant')}${failedTenants ? `, **${failedTenants} could not be audited**` : ''}`;
  return `${parts.join(' · ')} across ${tenants}.`;
}

function tenantTable(tenants: readonly TenantAudit[]): string[] {
  const lines = [
    '| Tenant | Provider | Outcome | Fail | Critical | High | Error | Not assessed | Pass |',
    '|---|---|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const audit of tenants) {
    const counts = countStatuses(audit.results);
    const severity = openFailuresBySeverity(audit.results);
    const outcome = audit.outcome === 'failed' ? '**audit failed**' : 'audited';
    lines.push(
      `| ${tenantName(audit)} | ${PROVIDER_LABELS[audit.tenant.provider]} | ${outcome} | ${counts.fail} | ${severity.critical} | ${severity.high} | ${counts.error} | ${counts.not_assessed} | ${counts.pass} |`,
    );
  }
  return lines;
}

/** Open failures per owner role: who has the most to do. Owners whose only open failures are info are left out. */
function ownerTable(results: AuditResults): string[] {
  const owners = actionPlan(results).filter((o) => o.counts.critical + o.counts.high + o.counts.medium + o.counts.low > 0);
  if (owners.length === 0) return [];
  const lines = ['### By owner', '', '| Owner | Critical | High | Medium | Low |', '|---|--:|--:|--:|--:|'];
  for (const { owner, counts } of owners) {
    lines.push(`| ${mdText(owner, 120)} | ${counts.critical} | ${counts.high} | ${counts.medium} | ${counts.low} |`);
  }
  lines.push('', 'Open (unwaived) failures per role that must act.', '');
  return lines;
}

function driftItem(entry: CheckDrift, withTransition: boolean): string {
  const transition = withTransition ? ` (${statusLabel(entry.previous)} → ${statusLabel(entry.current)})` : '';
  return `${code(entry.checkId)} ${SEVERITY_LABELS[entry.severity].toLowerCase()}${transition}`;
}

function driftSection(drift: Drift): string[] {
  const t = drift.totals;
  const lines = [`### Changes since ${formatTimestamp(drift.previous.startedAt)}`, ''];
  const headline = [
    t.regressions ? `**${t.regressions} newly failing**` : '0 newly failing',
    `${t.fixed} fixed`,
    `${t.stillFailing} still failing`,
    `${t.changed} changed status`,
  ];
  if (t.addedChecks || t.removedChecks) headline.push(`${t.addedChecks} new checks`, `${t.removedChecks} removed checks`);
  if (t.tenantsAdded || t.tenantsRemoved) headline.push(`${t.tenantsAdded} tenants added`, `${t.tenantsRemoved} removed`);
  if (t.tenantsNoLongerAudited) headline.push(`**${t.tenantsNoLongerAudited} tenants could not be audited this time**`);
  lines.push(`${headline.join(' · ')}.`, '');
  for (const tenant of drift.tenants.filter(hasChanges)) {
    const parts: string[] = [];
    if (tenant.previousOutcome !== tenant.currentOutcome) {
      parts.push(
        tenant.currentOutcome === 'failed'
          ? `**could not be audited**${tenant.currentError ? `: ${mdText(tenant.currentError.message)}` : ''}`
          : 'audited again after a failed run',
      );
    }
    if (tenant.regressions.length) parts.push(`newly failing: ${tenant.regressions.map((e) => driftItem(e, false)).join(', ')}`);
    if (tenant.fixed.length) parts.push(`fixed: ${tenant.fixed.map((e) => driftItem(e, false)).join(', ')}`);
    if (tenant.changed.length) parts.push(`changed: ${tenant.changed.map((e) => driftItem(e, true)).join(', ')}`);
    if (tenant.addedChecks.length) parts.push(`new checks: ${tenant.addedChecks.map((e) => driftItem(e, true)).join(', ')}`);
    if (tenant.removedChecks.length) parts.push(`removed checks: ${tenant.removedChecks.map((e) => code(e.checkId)).join(', ')}`);
    lines.push(`- ${tenantName(tenant)} (${PROVIDER_LABELS[tenant.tenant.provider]}): ${parts.join('; ')}`);
  }
  if (drift.tenantsAdded.length) {
    lines.push(`- Tenants added: ${drift.tenantsAdded.map((ref) => `${mdText(ref.name, 120)} (${PROVIDER_LABELS[ref.provider]})`).join(', ')}`);
  }
  if (drift.tenantsRemoved.length) {
    lines.push(`- Tenants removed: ${drift.tenantsRemoved.map((ref) => `${mdText(ref.name, 120)} (${PROVIDER_LABELS[ref.provider]})`).join(', ')}`);
  }
  lines.push('');
  return lines;
}

function failingSection(tenants: readonly TenantAudit[], minSeverity: Severity, maxPerTenant: number): string[] {
  const title = minSeverity === 'critical' ? 'Failing critical checks' : `Failing checks at ${SEVERITY_LABELS[minSeverity].toLowerCase()} severity or above`;
  const lines = [`### ${title}`, ''];
  let any = false;
  for (const audit of tenants) {
    const failing = sortFindings(audit.results).filter((r) => isOpenFailure(r) && atOrAbove(r.severity, minSeverity));
    if (failing.length === 0) continue;
    any = true;
    lines.push(`#### ${mdText(audit.tenant.name, 120)} (${PROVIDER_LABELS[audit.tenant.provider]})`, '');
    for (const result of failing.slice(0, maxPerTenant)) {
      const shown = result.evidence.slice(0, MAX_EVIDENCE).map((e) => mdText(evidenceText(e), 80));
      const more = result.evidence.length - shown.length + evidenceRemainder(result);
      if (more > 0) shown.push(`and ${more} more`);
      const evidence = shown.length ? ` Evidence: ${shown.join(', ')}.` : '';
      lines.push(
        `- **${SEVERITY_LABELS[result.severity]}** ${code(result.checkId)} ${mdText(result.title)}: ${mdText(result.summary)}${evidence} Owner: ${mdText(result.owner, 80)}.`,
      );
    }
    if (failing.length > maxPerTenant) lines.push(`- …and ${failing.length - maxPerTenant} more`);
    const waived = audit.results.filter((r) => r.status === 'fail' && isWaived(r)).length;
    if (waived) lines.push(`- ${plural(waived, 'failing check')} waived by configuration`);
    lines.push('');
  }
  if (!any) lines.push('None.', '');
  return lines;
}

/** A short summary for CI job summaries and tickets. */
export function renderMarkdown(results: AuditResults, options: MarkdownOptions = {}): string {
  const minSeverity = options.minSeverity ?? 'high';
  const maxPerTenant = options.maxFindingsPerTenant ?? 10;
  const tenants = sortTenantsWorstFirst(results.tenants);
  const lines = [
    '## Tenant audit',
    '',
    `Run ${formatTimestamp(results.startedAt)}${results.resumedAt ? ` · resumed ${formatTimestamp(results.resumedAt)}` : ''} · profile ${code(results.options.profile)} · fail on ${code(results.options.failOn)} · ${code(`${results.tool.name} ${results.tool.version}`)}`,
    '',
    countsLine(results),
    '',
  ];
  if (results.incomplete) {
    const missing = results.incomplete.missingTenants;
    lines.push(`> **Incomplete run** (${mdText(results.incomplete.reason)}): ${plural(missing.length, 'tenant')} not audited: ${missing.slice(0, 20).map((name) => mdText(name, 120)).join(', ')}${missing.length > 20 ? ` and ${missing.length - 20} more` : ''}.`, '');
  }
  const failed = tenants.filter((t) => t.outcome === 'failed');
  if (failed.length) {
    lines.push('> **Could not be audited:**');
    for (const audit of failed) {
      const error = audit.error ? `${code(audit.error.code)} ${mdText(audit.error.message)}` : 'no reason recorded';
      lines.push(`> - ${tenantName(audit)} (${PROVIDER_LABELS[audit.tenant.provider]}): ${error}`);
    }
    lines.push('');
  }
  if (options.drift) lines.push(...driftSection(options.drift));
  lines.push('### Tenants', '', ...tenantTable(tenants), '');
  lines.push(...ownerTable(results));
  lines.push(...failingSection(tenants, minSeverity, maxPerTenant));
  return `${lines.join('\n').trimEnd()}\n`;
}
