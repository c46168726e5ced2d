import { createHash } from 'node:crypto';
import type { CheckResult, Severity } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';

// Reference: OCSF 1.x Detection Finding, class 2004 in the Findings category (https://schema.ocsf.io/1.3.0/classes/detection_finding),
// its finding_info (https://schema.ocsf.io/1.3.0/objects/finding_info) and metadata (https://schema.ocsf.io/1.3.0/objects/metadata)
// objects; attribute names and enums checked against the ocsf/ocsf-schema repository (events/findings/finding.json,
// detection_finding.json, objects/finding_info.json, objects/metadata.json).
export const OCSF_VERSION = '1.3.0';
const CLASS_UID = 2004;
const CATEGORY_UID = 2;
const ACTIVITY_CREATE = 1;

/** severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
const SEVERITY: Record<Severity, { id: number; name: string }> = {
  info: { id: 1, name: 'Informational' },
  low: { id: 2, name: 'Low' },
  medium: { id: 3, name: 'Medium' },
  high: { id: 4, name: 'High' },
  critical: { id: 5, name: 'Critical' },
};

/** The Finding status_id enum: a waived failure was reviewed and accepted, which OCSF calls Suppressed. */
const STATUS = { new: { id: 1, name: 'New' }, suppressed: { id: 3, name: 'Suppressed' } } as const;

export interface OcsfDetectionFinding {
  activity_id: number;
  activity_name: string;
  category_uid: number;
  category_name: string;
  class_uid: number;
  class_name: string;
  type_uid: number;
  type_name: string;
  time: number;
  severity_id: number;
  severity: string;
  status_id: number;
  status: string;
  message: string;
  metadata: { version: string; product: { name: string; vendor_name: string; version: string }; log_name: string };
  finding_info: { uid: string; title: string; desc: string; types: string[]; created_time: number; analytic: { uid: string; name: string; type_id: number; type: string }; src_url?: string };
  resources: { uid: string; name: string; type: string; labels: string[] }[];
  remediation: { desc: string; references?: string[] };
}

/** Stable across runs for the same tenant and check, so a data lake sees one finding through its fix. */
function findingUid(audit: TenantAudit, result: CheckResult): string {
  return createHash('sha256').update(`${audit.tenant.provider}\u0000${audit.tenant.name}\u0000${result.checkId}`).digest('hex');
}

function finding(results: AuditResults, audit: TenantAudit, result: CheckResult): OcsfDetectionFinding {
  const time = Date.parse(audit.collectedAt ?? results.finishedAt);
  const severity = SEVERITY[result.severity];
  const status = result.waiver ? STATUS.suppressed : STATUS.new;
  const docs = result.references.docs;
  return {
    activity_id: ACTIVITY_CREATE,
    activity_name: 'Create',
    category_uid: CATEGORY_UID,
    category_name: 'Findings',
    class_uid: CLASS_UID,
    class_name: 'Detection Finding',
    type_uid: CLASS_UID * 100 + ACTIVITY_CREATE,
    type_name: 'Detection Finding: Create',
    time,
    severity_id: severity.id,
    severity: severity.name,
    status_id: status.id,
    status: status.name,
    message: `${audit.tenant.name} (${audit.tenant.provider}): ${result.summary}`,
    metadata: { version: OCSF_VERSION, product: { name: results.tool.name, vendor_name: results.tool.name, version: results.tool.version }, log_name: 'results' },
    finding_info: {
      uid: findingUid(audit, result),
      title: result.title,
      desc: result.rationale,
      types: [result.area],
      created_time: time,
      // analytic type_id 1 is Rule: the check that judged the tenant.
      analytic: { uid: result.checkId, name: result.checkId, type_id: 1, type: 'Rule' },
      ...(docs[0] ? { src_url: docs[0] } : {}),
    },
    resources: [{ uid: audit.tenant.id ?? audit.tenant.name, name: audit.tenant.name, type: `${audit.tenant.provider} tenant`, labels: [audit.tenant.provider] }],
    remediation: { desc: result.remediation, ...(docs.length ? { references: docs } : {}) },
  };
}

/** OCSF Detection Findings from the canonical results: one per failing check per tenant, as a JSON array (what Prowler writes). */
export function renderOcsf(results: AuditResults): string {
  const findings = results.tenants.flatMap((audit) => audit.results.filter((result) => result.status === 'fail').map((result) => finding(results, audit, result)));
  return `${JSON.stringify(findings, null, 2)}\n`;
}
