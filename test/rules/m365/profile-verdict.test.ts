import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/core/model.js';
import { verdictPerControl } from '../../../src/rules/m365/profile-verdict.js';

const pass = (summary: string): Verdict => ({ status: 'pass', summary, evidence: [{ kind: 'setting', name: summary }] });
const fail = (summary: string): Verdict => ({ status: 'fail', summary, evidence: [{ kind: 'setting', name: summary }] });
const byControl = { 'MS.AAD.7.1v1': pass('within SCuBA'), '1.1.3': fail('outside CIS') };

describe('verdictPerControl (Microsoft 365)', () => {
  it('keeps each control its own verdict whatever the profile', () => {
    for (const profile of ['strict', 'scuba', 'cis'] as const) {
      expect(verdictPerControl(byControl, profile).controls).toEqual({ 'MS.AAD.7.1v1': { status: 'pass', summary: 'within SCuBA' }, '1.1.3': { status: 'fail', summary: 'outside CIS' } });
    }
  });

  it('decides the overall status by the controls the profile holds: SCuBA ids under scuba, CIS ids under cis, all under strict', () => {
    expect(verdictPerControl(byControl, 'strict').status).toBe('fail');
    expect(verdictPerControl(byControl, 'cis').status).toBe('fail');
    expect(verdictPerControl(byControl, 'scuba').status).toBe('pass');
  });

  it('names a failing control the profile does not count, so a passing summary never reads as that control passing', () => {
    const verdict = verdictPerControl(byControl, 'scuba');
    expect(verdict.summary).toBe('within SCuBA Failing control the scuba profile does not count: outside CIS');
    expect(verdict.evidence?.map((e) => e.name)).toEqual(['within SCuBA', 'outside CIS']);
  });

  it('takes the overall verdict it is given, keeping the controls', () => {
    const verdict = verdictPerControl(byControl, 'strict', { overall: pass('within the configured range'), overallBasis: 'the configured range' });
    expect(verdict.status).toBe('pass');
    expect(verdict.summary).toMatch(/^within the configured range Failing control the configured range does not count: outside CIS$/);
    expect(verdict.controls?.['1.1.3']?.status).toBe('fail');
  });

  it('uses the one summary given for when every control passes, and only then', () => {
    expect(verdictPerControl({ 'MS.AAD.7.1v1': pass('a'), '1.1.3': pass('b') }, 'strict', { allPassSummary: 'both fine' }).summary).toBe('both fine');
    expect(verdictPerControl(byControl, 'scuba', { allPassSummary: 'both fine' }).summary).not.toMatch(/both fine/);
  });

  it('counts only the controls named for a profile when told to', () => {
    const controls = { 'MS.AAD.2.3v1': fail('not blocked'), '5.2.2.7': pass('MFA'), '5.2.2.8': fail('not blocked (CIS)') };
    const verdict = verdictPerControl(controls, 'cis', { held: { cis: ['5.2.2.7'] } });
    expect(verdict.status).toBe('pass');
    expect(verdict.summary).toBe('MFA Failing controls the cis profile does not count: not blocked not blocked (CIS)');
    expect(verdictPerControl(controls, 'strict', { held: { cis: ['5.2.2.7'] } }).status).toBe('fail');
  });

  it('falls back to every control when the profile holds none of them', () => {
    expect(verdictPerControl({ '1.1.3': fail('outside CIS') }, 'scuba').status).toBe('fail');
  });
});
