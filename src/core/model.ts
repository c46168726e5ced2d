export type Provider = 'm365' | 'gws' | 'salesforce';

export const AREAS = [
  'mfa',
  'conditional-access',
  'oauth-grants',
  'external-sharing',
  'data-classification',
  'privileged-access',
] as const;
export type Area = (typeof AREAS)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['pass', 'fail', 'not_applicable', 'not_assessed', 'error'] as const;
export type Status = (typeof STATUSES)[number];

/** Why a snapshot section holds no data. */
export type SectionErrorCode =
  | 'permission'
  | 'licence'
  | 'auth'
  | 'throttled'
  | 'not_found'
  | 'api_disabled'
  | 'api_error'
  | 'shape'
  | 'network'
  | 'budget'
  | 'timeout'
  | 'refused'
  | 'too_large'
  | 'incomplete'
  | 'not_collected';

export interface SectionError {
  code: SectionErrorCode;
  message: string;
  /** The permission or scope the read lacked, when known. */
  permission?: string;
  /** The licence or service plan the read needs, when known. */
  licence?: string;
  /**
   * The missing licence gates the feature itself (Conditional Access without Entra ID P1), not just the
   * report that shows it: the control cannot be configured, so checks on it are not applicable.
   */
  featureUnlicensed?: boolean;
  endpoint?: string;
  httpStatus?: number;
}

/** A snapshot section is either the data read or the reason it could not be read. */
export type Section<T> =
  | { status: 'ok'; data: T }
  | { status: 'error'; error: SectionError };

export type Sections<Shapes> = { [K in keyof Shapes]?: Section<Shapes[K]> };

export interface TenantRef {
  /** The name the config gives the tenant. */
  name: string;
  provider: Provider;
  /** The provider's own id for the tenant (Entra tenant id, Workspace customer id, Salesforce org id). */
  id?: string;
  /** A display name read from the tenant itself. */
  displayName?: string;
}

export interface Snapshot<P extends Provider = Provider, Shapes = Record<string, unknown>> {
  schemaVersion: 1;
  provider: P;
  tenant: TenantRef;
  collectedAt: string;
  tool: { name: string; version: string };
  /** The judgement inputs the collection used (e.g. break-glass accounts), so a saved snapshot is judged the same way. */
  settings?: import('./tenant-settings.js').TenantSettings;
  sections: Sections<Shapes>;
}

export type EvidenceKind =
  | 'user'
  | 'group'
  | 'role'
  | 'app'
  | 'grant'
  | 'policy'
  | 'domain'
  | 'setting'
  | 'label'
  | 'org-unit'
  | 'profile'
  | 'permission-set'
  | 'network'
  | 'location';

export interface Evidence {
  kind: EvidenceKind;
  /** What a person recognises: a UPN, an app name, a policy name, a domain, an OU path. */
  name: string;
  id?: string;
  /** What about this item is wrong (or right), in a few words. */
  detail?: string;
}

export interface References {
  /** CISA SCuBA policy ids (ScubaGear / ScubaGoggles), e.g. MS.AAD.3.2v1. */
  scuba?: string[];
  /** CIS Foundations benchmark control numbers. */
  cis?: string[];
  /** Other frameworks, keyed by name (e.g. "Salesforce Health Check", "SBS"). */
  other?: Record<string, string[]>;
  /** Vendor documentation links. */
  docs: string[];
}

export interface CheckMeta {
  id: string;
  provider: Provider;
  area: Area;
  severity: Severity;
  /** The secure state, stated positively. */
  title: string;
  rationale: string;
  remediation: string;
  /** The customer-side role that must act on a failure (e.g. "Conditional Access Administrator"). */
  owner: string;
  references: References;
  /**
   * Former ids of this check (it was renamed, or split out of another check): waivers and drift
   * history written against an alias still apply. Never reused by another check.
   */
  aliases?: string[];
}

/** One cited control's own verdict, when it differs from the check's (see ControlVerdicts). */
export interface ControlVerdict {
  status: 'pass' | 'fail' | 'not_applicable' | 'not_assessed';
  summary: string;
}

/**
 * Per-control verdicts, keyed by the id exactly as the check cites it in `references`
 * (e.g. 'GWS.CALENDAR.1.1v1', CIS '3.1.1.1.1'). A cited control left out takes the check's verdict;
 * a key the check does not cite makes the result an error.
 */
export type ControlVerdicts = Readonly<Record<string, ControlVerdict>>;

/** What a check decides from the sections it read. */
export type Verdict =
  | { status: 'pass'; summary: string; evidence?: Evidence[]; controls?: ControlVerdicts }
  | { status: 'fail'; summary: string; evidence: Evidence[]; controls?: ControlVerdicts }
  | { status: 'not_applicable'; summary: string; evidence?: Evidence[]; controls?: ControlVerdicts }
  | { status: 'not_assessed'; summary: string; evidence?: Evidence[]; controls?: ControlVerdicts };

/** results.json: the verdict of one framework control a check cites. */
export interface ControlResult {
  /** Framework id from its file under frameworks/ (e.g. "scuba-gws", "cis-m365"). */
  framework: string;
  /** That file's framework version (e.g. "1.0.1", "7.0.0"). */
  frameworkVersion: string;
  id: string;
  status: Status;
  summary: string;
}

export interface CheckResult {
  checkId: string;
  provider: Provider;
  area: Area;
  severity: Severity;
  title: string;
  status: Status;
  summary: string;
  evidence: Evidence[];
  /** How many evidence items there were before capping. */
  evidenceTotal: number;
  owner: string;
  rationale: string;
  remediation: string;
  references: References;
  /** Former ids of the check (CheckMeta.aliases): drift history matches on them. */
  aliases?: string[];
  /** One verdict per framework control the check cites (results schema 1.1 and later). */
  controls?: ControlResult[];
  /** Set when the tenant's config waives this check. */
  waiver?: { reason: string; expires?: string };
  /** The named team or person answering for this check in this tenant (tenants.yaml owners:); `owner` stays the admin role. */
  assignee?: { name: string; contact?: string };
}

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return { pass: 0, fail: 0, not_applicable: 0, not_assessed: 0, error: 0 };
}
