import type { TenantAudit } from '../core/results.js';
import type { Framework } from '../frameworks/model.js';
import { tenantCompliance, type ControlStatus, type FrameworkCompliance } from './framework-compliance.js';
import { STATUS_LABELS, plural } from './format.js';

export interface FrameworkTableRow {
  key: string;
  name: string;
  version: string;
  url: string;
  pass: number;
  fail: number;
  notAssessed: number;
  notApplicable: number;
  percentLabel: string;
  /** 0–100 for the bar; 0 without a percentage. */
  percent: string;
  coverageNote: string;
  /** Where the tenant's drill-down for this framework is. */
  anchor: string;
  controls: { id: string; title: string; status: ControlStatus; statusLabel: string; via: string; checks: { checkId: string; anchor: string; statusLabel: string }[] }[];
}

const idPart = (value: string): string => value.replace(/[^A-Za-z0-9_-]+/g, '-');

function row(c: FrameworkCompliance, tenantAnchor: string, findingAnchor: (checkId: string) => string | null): FrameworkTableRow {
  return {
    key: c.key,
    name: c.name,
    version: c.version,
    url: c.url,
    pass: c.counts.pass,
    fail: c.counts.fail,
    notAssessed: c.counts.not_assessed,
    notApplicable: c.counts.not_applicable,
    percentLabel: c.percent === null ? '–' : `${c.percent}%`,
    percent: String(c.percent ?? 0),
    coverageNote: `${plural(c.controls.length, 'control')} of ${c.total} judged`,
    anchor: `${tenantAnchor}-fw-${idPart(c.key)}`,
    controls: c.controls.map((control) => ({
      id: control.id,
      title: control.title,
      status: control.status,
      statusLabel: STATUS_LABELS[control.status],
      via: control.via.join(', '),
      checks: control.checks.map((check) => ({ checkId: check.checkId, anchor: findingAnchor(check.checkId) ?? '', statusLabel: STATUS_LABELS[check.status] ?? String(check.status) })),
    })),
  };
}

/** One tenant's framework table and drill-down; `shown` narrows to the frameworks --framework asked for. */
export function tenantFrameworkRows(audit: TenantAudit, frameworks: readonly Framework[], tenantAnchor: string, findingAnchor: (checkId: string) => string | null, shown?: ReadonlySet<string>): FrameworkTableRow[] {
  return tenantCompliance(audit, frameworks)
    .filter((c) => !shown || shown.has(c.id))
    .map((c) => row(c, tenantAnchor, findingAnchor));
}
