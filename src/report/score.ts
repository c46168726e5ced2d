import type { CheckResult, Severity } from '../core/model.js';
import { isWaived } from './format.js';

/**
 * The security score, 0–100, of a set of check results:
 *
 *   score    = 100 × Σ weight(passed checks) / Σ weight(assessed checks)
 *   assessed = pass, or a failure nobody waived
 *   coverage = assessed checks / checks that apply (everything but not_applicable and waived failures)
 *
 * Weights by severity: critical 10, high 5, medium 3, low 1, info 0. A check that could not be assessed
 * (not_assessed, error) is never counted as a pass: it lowers coverage, not the score. A waived failure is an
 * accepted risk, counted in neither. With nothing assessed the score is null (shown as "no score"), not 100.
 */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { critical: 10, high: 5, medium: 3, low: 1, info: 0 };

/** Grade bands of the score, best first; below the last band the grade is F. */
export const GRADE_BANDS: readonly { grade: Grade; min: number }[] = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 70 },
  { grade: 'D', min: 60 },
];

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface Score {
  /** Whole number 0–100, or null when no weighted check was assessed. */
  score: number | null;
  grade: Grade | null;
  /** Whole-number percentage of applicable checks that were assessed; null when none applies. */
  coverage: number | null;
  assessed: number;
  applicable: number;
}

const weightOf = (result: CheckResult): number => SEVERITY_WEIGHTS[result.severity] ?? 0;

export function gradeFor(score: number): Grade {
  return GRADE_BANDS.find((band) => score >= band.min)?.grade ?? 'F';
}

export function scoreResults(results: readonly CheckResult[]): Score {
  let passed = 0;
  let weighed = 0;
  let assessed = 0;
  let applicable = 0;
  for (const result of results) {
    if (result.status === 'not_applicable' || (result.status === 'fail' && isWaived(result))) continue;
    applicable += 1;
    if (result.status !== 'pass' && result.status !== 'fail') continue;
    assessed += 1;
    weighed += weightOf(result);
    if (result.status === 'pass') passed += weightOf(result);
  }
  const score = weighed === 0 ? null : Math.floor((100 * passed) / weighed);
  return {
    score,
    grade: score === null ? null : gradeFor(score),
    coverage: applicable === 0 ? null : Math.floor((100 * assessed) / applicable),
    assessed,
    applicable,
  };
}
