import { describe, expect, it } from 'vitest';
import type { CheckResult, Severity, Status } from '../../src/core/model.js';
import { gradeFor, scoreResults } from '../../src/report/score.js';

const result = (severity: Severity, status: Status, waived = false): CheckResult =>
  ({ checkId: `c-${severity}-${status}`, severity, status, ...(waived ? { waiver: { reason: 'accepted' } } : {}) }) as CheckResult;

describe('scoreResults', () => {
  it.each([
    { name: 'all passing', results: [result('critical', 'pass'), result('low', 'pass')], score: 100, coverage: 100 },
    { name: 'one critical failure outweighs two low passes', results: [result('critical', 'fail'), result('low', 'pass'), result('low', 'pass')], score: 16, coverage: 100 },
    { name: 'high pass, medium fail', results: [result('high', 'pass'), result('medium', 'fail')], score: 62, coverage: 100 },
    { name: 'not assessed lowers coverage, never the score', results: [result('high', 'pass'), result('critical', 'not_assessed'), result('high', 'error')], score: 100, coverage: 33 },
    { name: 'a waived failure counts in neither', results: [result('high', 'pass'), result('critical', 'fail', true)], score: 100, coverage: 100 },
    { name: 'not applicable is left out', results: [result('medium', 'fail'), result('critical', 'not_applicable')], score: 0, coverage: 100 },
    { name: 'info checks weigh nothing', results: [result('info', 'fail'), result('low', 'pass')], score: 100, coverage: 100 },
  ])('$name', ({ results, score, coverage }) => {
    const scored = scoreResults(results);
    expect(scored.score).toBe(score);
    expect(scored.coverage).toBe(coverage);
  });

  it('has no score (not 100) when nothing weighted was assessed', () => {
    const scored = scoreResults([result('high', 'not_assessed'), result('info', 'pass')]);
    expect(scored).toMatchObject({ score: null, grade: null, coverage: 50 });
    expect(scoreResults([])).toMatchObject({ score: null, coverage: null });
  });

  it.each([
    [100, 'A'], [90, 'A'], [89, 'B'], [80, 'B'], [79, 'C'], [70, 'C'], [60, 'D'], [59, 'F'], [0, 'F'],
  ] as const)('grades %i as %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
});
