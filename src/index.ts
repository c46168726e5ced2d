// The library API: what is exported here is public and kept stable; everything else is private.
import { loadCatalog } from './core/catalog.js';

export { audit, type AuditOptions } from './api/audit.js';
export { evaluateSnapshot, type EvaluateOptions } from './api/evaluate-snapshot.js';
export { loadConfig, parseConfig, type AuditConfig, type TenantConfig } from './config/load-config.js';
export { readSnapshot } from './runner/read-snapshot.js';
export { renderHtml, type HtmlOptions } from './report/html.js';
export { renderMarkdown, type MarkdownOptions } from './report/markdown.js';
export { renderActionPlanCsv, renderCsv } from './report/csv.js';
export { compareResults, type Drift } from './report/drift.js';
export { createRedactor, type Redactor } from './redaction/redactor.js';
export { AuditError, ConfigError, AuthError, PermissionError, LicenseError, ThrottledError, ApiShapeError, ApiError } from './core/errors.js';
export { SEVERITIES, STATUSES } from './core/model.js';
export type { Area, CheckMeta, CheckResult, Evidence, Provider, References, Section, SectionError, Severity, Snapshot, Status, StatusCounts } from './core/model.js';
export type { AuditResults, TenantAudit } from './core/results.js';
export type { Check } from './core/define-check.js';
export { TOOL } from './version.js';

/** Every check of this version, with its metadata (`check.meta`): ids, titles, severities, references, the sections it reads. */
export const catalog = loadCatalog;
