import { controlResults } from './control-verdicts.js';
import type { Check, CheckContext } from './define-check.js';
import type { CheckResult, Evidence, Section, SectionError, Snapshot, Verdict } from './model.js';
import type { TenantSettings } from './tenant-settings.js';

export const EVIDENCE_CAP = 50;

/** Explains a failed read in one line a tenant admin can act on. */
export function describeSectionError(section: string, error: SectionError): string {
  const parts = [`Could not read ${section}: ${error.message}`];
  if (error.permission && !error.message.includes(error.permission)) parts.push(`(needs ${error.permission})`);
  if (error.licence && !error.message.includes(error.licence)) parts.push(`(needs licence ${error.licence})`);
  return parts.join(' ');
}

/**
 * Why a check cannot be judged from this snapshot. A section the tenant is not licensed for makes the
 * control moot (not_applicable) unless the check can judge without it; any other failed read leaves
 * it not_assessed.
 */
function unreadableInput(check: Check, snapshot: Snapshot): { status: 'not_assessed' | 'not_applicable'; summary: string } | null {
  const sections = snapshot.sections as Record<string, Section<unknown> | undefined>;
  const unread: string[] = [];
  const unlicensed: string[] = [];
  for (const name of check.reads) {
    if (check.optionalReads?.includes(name)) continue;
    const section = sections[name];
    if (!section) unread.push(`Section ${name} was not collected.`);
    else if (section.status === 'error' && section.error.code === 'licence' && section.error.featureUnlicensed) {
      if (!check.licenceOptional?.includes(name)) unlicensed.push(describeSectionError(name, section.error));
    } else if (section.status === 'error') unread.push(describeSectionError(name, section.error));
  }
  if (unread.length) return { status: 'not_assessed', summary: [...unread, ...unlicensed].join(' ') };
  if (unlicensed.length) return { status: 'not_applicable', summary: `Not applicable to this tenant's licences. ${unlicensed.join(' ')}` };
  return null;
}

function toResult(check: Check, given: Verdict | { status: 'error'; summary: string }): CheckResult {
  let verdict = given;
  let controls: CheckResult['controls'];
  try {
    controls = controlResults(check.meta, verdict.status, verdict.summary, 'controls' in verdict ? verdict.controls : undefined);
  } catch (error) {
    verdict = { status: 'error', summary: `The check's control verdicts are invalid: ${error instanceof Error ? error.message : String(error)}` };
    controls = [];
  }
  const evidence: Evidence[] = 'evidence' in verdict && verdict.evidence ? verdict.evidence : [];
  return {
    checkId: check.meta.id,
    provider: check.meta.provider,
    area: check.meta.area,
    severity: check.meta.severity,
    title: check.meta.title,
    status: verdict.status,
    summary: verdict.summary,
    evidence: evidence.slice(0, EVIDENCE_CAP),
    evidenceTotal: evidence.length,
    owner: check.meta.owner,
    rationale: check.meta.rationale,
    remediation: check.meta.remediation,
    references: check.meta.references,
    ...(check.meta.aliases?.length ? { aliases: check.meta.aliases } : {}),
    controls,
  };
}

/** Judges one check against a snapshot: pure, and never throws. */
export function evaluateCheck(check: Check, snapshot: Snapshot, ctx: CheckContext): CheckResult {
  if (check.unreadable) return toResult(check, { status: 'not_assessed', summary: check.unreadable });
  const missing = unreadableInput(check, snapshot);
  if (missing) return toResult(check, missing);
  const sections = snapshot.sections as Record<string, Section<unknown>>;
  const input: Record<string, unknown> = {};
  for (const name of check.reads) {
    const section = sections[name];
    if (section?.status === 'ok') input[name] = section.data;
  }
  try {
    return toResult(check, check.evaluate(input, ctx));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return toResult(check, { status: 'error', summary: `The check failed to run: ${message}` });
  }
}

export function evaluateSnapshot(checks: readonly Check[], snapshot: Snapshot, settings: TenantSettings): CheckResult[] {
  const ctx: CheckContext = { now: new Date(snapshot.collectedAt), settings };
  return checks
    .filter((check) => check.meta.provider === snapshot.provider)
    .map((check) => evaluateCheck(check, snapshot, ctx));
}
