import type { CheckResult } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import { actionPlan, evidenceCount, roleOf } from './action-plan.js';
import { controlsCell } from './control-verdicts.js';
import { evidenceRemainder, evidenceText, sortFindings } from './format.js';

/** The columns that name the tenant: the same in each of its rows, so escaped once per tenant. */
const TENANT_COLUMNS = ['tenant', 'provider', 'tenant_id', 'tenant_display_name', 'tenant_outcome', 'tenant_error'] as const;

const RESULT_COLUMNS = [
  'check_id',
  'area',
  'severity',
  'status',
  'waived',
  'waiver_reason',
  'waiver_expires',
  'title',
  'summary',
  'evidence',
  'evidence_total',
  'owner',
  'remediation',
  'scuba',
  'cis',
  'other_references',
  'docs',
  'controls',
] as const;

export const CSV_COLUMNS = [...TENANT_COLUMNS, ...RESULT_COLUMNS] as const;

type ResultCells = Record<(typeof RESULT_COLUMNS)[number], string | number>;

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-looking text gets a leading apostrophe, then RFC 4180 quoting where needed. */
export function csvCell(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function tenantCells(audit: TenantAudit): string {
  const cells: Record<(typeof TENANT_COLUMNS)[number], string> = {
    tenant: audit.tenant.name,
    provider: audit.tenant.provider,
    tenant_id: audit.tenant.id ?? '',
    tenant_display_name: audit.tenant.displayName ?? '',
    tenant_outcome: audit.outcome,
    tenant_error: audit.error ? `${audit.error.code}: ${audit.error.message}` : '',
  };
  return TENANT_COLUMNS.map((column) => csvCell(cells[column])).join(',');
}

const cellsOf = (cells: ResultCells) => RESULT_COLUMNS.map((column) => csvCell(cells[column])).join(',');

function resultCells(result: CheckResult): ResultCells {
  const remainder = evidenceRemainder(result);
  const evidence = result.evidence.map(evidenceText);
  if (remainder > 0) evidence.push(`and ${remainder} more`);
  const other = Object.entries(result.references.other ?? {})
    .map(([framework, ids]) => `${framework}: ${ids.join(', ')}`)
    .join('; ');
  return {
    check_id: result.checkId,
    area: result.area,
    severity: result.severity,
    status: result.status,
    waived: result.waiver ? 'yes' : '',
    waiver_reason: result.waiver?.reason ?? '',
    waiver_expires: result.waiver?.expires ?? '',
    title: result.title,
    summary: result.summary,
    evidence: evidence.join('; '),
    evidence_total: result.evidenceTotal,
    owner: result.owner,
    remediation: result.remediation,
    scuba: (result.references.scuba ?? []).join(' '),
    cis: (result.references.cis ?? []).join(' '),
    other_references: other,
    docs: result.references.docs.join(' '),
    controls: controlsCell(result),
  };
}

/** A tenant that could not be audited still gets a row, so it is never silently missing from a spreadsheet. */
function failedTenantCells(audit: TenantAudit): ResultCells {
  const empty = Object.fromEntries(RESULT_COLUMNS.map((column) => [column, ''])) as ResultCells;
  return { ...empty, status: 'error', summary: audit.error?.message ?? 'The tenant could not be audited.' };
}

/** Excel on Windows reads a CSV file as the ANSI code page unless it starts with this byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** The header line of results.csv, without its line end. */
export const CSV_HEADER = CSV_COLUMNS.join(',');

/** One tenant's lines of results.csv (without line ends): a row per check, or one row when it could not be audited. */
export function csvTenantLines(audit: TenantAudit): string[] {
  const tenant = tenantCells(audit);
  const rows = audit.results.length === 0 && audit.outcome === 'failed'
    ? [failedTenantCells(audit)]
    : sortFindings(audit.results).map(resultCells);
  return rows.map((cells) => `${tenant},${cellsOf(cells)}`);
}

/** One row per (tenant, check), RFC 4180 (CRLF line ends), safe to open in a spreadsheet. */
export function renderCsv(results: AuditResults, options: { bom?: boolean } = {}): string {
  const lines = [CSV_HEADER, ...results.tenants.flatMap(csvTenantLines)];
  return `${options.bom ? UTF8_BOM : ''}${lines.join('\r\n')}\r\n`;
}

export const ACTION_PLAN_COLUMNS = [
  'owner',
  'severity',
  'tenant',
  'provider',
  'check_id',
  'title',
  'evidence_count',
  'evidence_sample',
  'remediation',
  'contact',
  'admin_role',
] as const;

/** Evidence items quoted per row: enough to recognise the finding; the count says how many there are. */
const EVIDENCE_SAMPLE = 3;

/**
 * action-plan.csv: one row per open (unwaived) failure, grouped by the role that must act, worst severity first
 * (the shape of ScubaGear's ActionPlan.csv). Same RFC 4180 and formula-injection rules as results.csv.
 */
/** Rows of the action plan per chunk of actionPlanCsvChunks. */
const ROWS_PER_CHUNK = 2_000;

/**
 * The action plan as pieces of whole rows, header first: at 1,000 tenants it is tens of MB of text, held
 * whole and once more redacted otherwise. A piece ends only after a row's CRLF, and a row's cells (quoted
 * newlines included) are never split, so each piece can be redacted on its own.
 */
export function* actionPlanCsvChunks(results: AuditResults): Generator<string> {
  let lines: string[] = [ACTION_PLAN_COLUMNS.join(',')];
  for (const owner of actionPlan(results)) {
    for (const { audit, result } of owner.items) {
      const evidence = Array.isArray(result.evidence) ? result.evidence : [];
      const row: Record<(typeof ACTION_PLAN_COLUMNS)[number], string | number> = {
        owner: owner.owner,
        severity: result.severity,
        tenant: audit.tenant.name,
        provider: audit.tenant.provider,
        check_id: result.checkId,
        title: result.title,
        evidence_count: evidenceCount(result),
        evidence_sample: evidence.slice(0, EVIDENCE_SAMPLE).map(evidenceText).join('; '),
        remediation: result.remediation,
        contact: owner.contact ?? '',
        admin_role: roleOf(result),
      };
      lines.push(ACTION_PLAN_COLUMNS.map((column) => csvCell(row[column])).join(','));
      if (lines.length >= ROWS_PER_CHUNK) {
        yield `${lines.join('\r\n')}\r\n`;
        lines = [];
      }
    }
  }
  if (lines.length) yield `${lines.join('\r\n')}\r\n`;
}

export function renderActionPlanCsv(results: AuditResults): string {
  return [...actionPlanCsvChunks(results)].join('');
}
