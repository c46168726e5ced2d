import type { Check } from '../../core/define-check.js';
import type { Evidence, Verdict } from '../../core/model.js';
import type { M365SecureScore, SecureScoreControl } from '../../snapshot/m365.js';
import { SECURE_SCORE_CONTROLS } from './secure-score-controls.js';

function stateOf(control: SecureScoreControl): string {
  if (control.scoreInPercentage !== null) return `at ${control.scoreInPercentage}%`;
  return control.score === null ? 'reported without a score' : `scored ${control.score} point(s)`;
}

/** Full marks agree with a pass, anything less with a fail; without a percentage nothing is claimed. */
function disagrees(control: SecureScoreControl, status: Verdict['status']): boolean {
  if (control.scoreInPercentage === null || (status !== 'pass' && status !== 'fail')) return false;
  return status === 'pass' ? control.scoreInPercentage < 100 : control.scoreInPercentage >= 100;
}

/**
 * Adds Microsoft's own state of the matching Secure Score controls to a verdict as evidence, and says
 * so in the summary where it disagrees. The status is never changed: Secure Score corroborates, it
 * does not decide (its controls often look at one policy where the check looks at all in effect).
 */
export function withSecureScore(checkId: string, verdict: Verdict, secureScore: M365SecureScore | undefined): Verdict {
  const names = SECURE_SCORE_CONTROLS[checkId] ?? [];
  const controls = names.flatMap((name) => secureScore?.controls.filter((c) => c.controlName === name) ?? []);
  if (controls.length === 0) return verdict;
  const evidence: Evidence[] = controls.map((c) => ({
    kind: 'setting',
    name: `Secure Score: ${c.controlName}`,
    detail: `${stateOf(c)}${c.implementationStatus ? ` (${c.implementationStatus})` : ''}${disagrees(c, verdict.status) ? '; disagrees with this verdict' : ''}; corroborating only`,
  }));
  const against = controls.filter((c) => disagrees(c, verdict.status));
  const note = against.length ? ` Microsoft Secure Score disagrees: ${against.map((c) => `${c.controlName} ${stateOf(c)}`).join(', ')}.` : '';
  return { ...verdict, summary: `${verdict.summary}${note}`, evidence: [...(verdict.evidence ?? []), ...evidence] };
}

/**
 * A check whose verdict carries the matching Secure Score controls as evidence. Secure Score is read
 * when it can be; a failed read leaves the verdict as the check alone gives it.
 */
export function corroboratedBySecureScore(check: Check): Check {
  return {
    ...check,
    reads: [...check.reads, 'secureScore'],
    optionalReads: [...(check.optionalReads ?? []), 'secureScore'],
    evaluate: (input, ctx) => withSecureScore(check.meta.id, check.evaluate(input, ctx), input.secureScore as M365SecureScore | undefined),
  };
}
