import type { CheckMeta, Provider, Verdict } from './model.js';
import type { ProviderShapes } from '../snapshot/provider-shapes.js';
import type { TenantSettings } from './tenant-settings.js';

export interface CheckContext {
  /** The instant the snapshot was collected; checks never read the clock. */
  now: Date;
  settings: TenantSettings;
}

type SectionsOf<P extends Provider> = ProviderShapes[P];

interface ReadingCheck<P extends Provider, R extends keyof SectionsOf<P>, L extends R, O extends R> extends CheckMeta {
  provider: P;
  /** The snapshot sections this check reads; the runner collects their union. */
  reads: readonly R[];
  /**
   * Sections among `reads` that the check can judge without, when the tenant's licence is what kept
   * them from being read (e.g. Conditional Access without Entra ID P1): evaluate gets them undefined.
   */
  licenceOptional?: readonly L[];
  /**
   * Sections among `reads` the check judges without whenever they could not be read, for any reason:
   * corroborating evidence (Microsoft Secure Score) or a hint that sharpens a verdict. Never the basis
   * of one, so a failed read of one is never a reason for not_assessed.
   */
  optionalReads?: readonly O[];
  evaluate(
    input: { [K in Exclude<R, L | O>]: SectionsOf<P>[K] } & { [K in L | O]: SectionsOf<P>[K] | undefined },
    ctx: CheckContext,
  ): Verdict;
}

/** A control the provider's read-only API cannot show: always reported not_assessed, with why. */
interface UnreadableCheck<P extends Provider> extends CheckMeta {
  provider: P;
  reads: readonly [];
  /** Why the API cannot read it and what would (e.g. "needs the Purview compliance PowerShell"). */
  unreadable: string;
}

/** The erased form the registry, runner and catalog work with. */
export interface Check {
  meta: CheckMeta;
  reads: readonly string[];
  licenceOptional?: readonly string[];
  optionalReads?: readonly string[];
  unreadable?: string;
  evaluate(input: Record<string, unknown>, ctx: CheckContext): Verdict;
}

export function defineCheck<const P extends Provider, const R extends keyof SectionsOf<P> & string, const L extends R = never, const O extends R = never>(
  definition: ReadingCheck<P, R, L, O>,
): Check;
export function defineCheck<const P extends Provider>(definition: UnreadableCheck<P>): Check;
export function defineCheck(
  definition: CheckMeta & { reads: readonly string[]; licenceOptional?: readonly string[]; optionalReads?: readonly string[]; unreadable?: string; evaluate?: (input: never, ctx: CheckContext) => Verdict },
): Check {
  const { reads, licenceOptional, optionalReads, unreadable, evaluate, ...meta } = definition;
  const metaOnly: CheckMeta = {
    id: meta.id,
    provider: meta.provider,
    area: meta.area,
    severity: meta.severity,
    title: meta.title,
    rationale: meta.rationale,
    remediation: meta.remediation,
    owner: meta.owner,
    references: meta.references,
    ...(meta.aliases?.length ? { aliases: meta.aliases } : {}),
  };
  return {
    meta: metaOnly,
    reads,
    licenceOptional,
    optionalReads,
    unreadable,
    evaluate: (input, ctx) => {
      if (!evaluate) {
        return { status: 'not_assessed', summary: unreadable ?? 'Not readable through the provider API.' };
      }
      return (evaluate as (i: Record<string, unknown>, c: CheckContext) => Verdict)(input, ctx);
    },
  };
}
