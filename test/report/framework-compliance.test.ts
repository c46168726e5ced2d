import { describe, expect, it } from 'vitest';
import type { CheckResult, ControlResult, Status } from '../../src/core/model.js';
import type { Framework } from '../../src/frameworks/model.js';
import { frameworkChoices, limitToFramework, tenantCompliance } from '../../src/report/framework-compliance.js';
import { auditResults, tenantAudit } from './sample-results.js';

const framework = (id: string, family: string, controls: Framework['controls']): Framework => ({
  framework: { id, family, name: `${id} name`, version: '1.0', url: `https://example.test/${id}`, source: 'test' },
  controls,
  scope: 'm365',
  file: `frameworks/m365/${id}_1.0.json`,
  citedAs: family === 'scuba' ? 'scuba' : 'cis',
});

const FRAMEWORKS: Framework[] = [
  framework('scuba-aad', 'scuba', [
    { id: 'MS.AAD.1.1v1', title: 'Legacy', nist80053: ['AC-2'] },
    { id: 'MS.AAD.3.1v1', title: 'MFA', nist80053: ['AC-2', 'IA-2'] },
    { id: 'MS.AAD.9.9v1', title: 'Not cited' },
  ]),
  framework('cis-m365', 'cis', [{ id: '5.2.2.1', title: 'CIS MFA' }, { id: '5.2.2.2', title: 'CIS CA' }]),
  { ...framework('nist-800-53', 'nist', [{ id: 'AC-2', title: 'Accounts' }, { id: 'IA-2', title: 'Identification' }]), scope: 'common' },
];

const control = (framework: string, id: string, status: Status): ControlResult => ({ framework, frameworkVersion: '1.0', id, status, summary: '' });
const result = (checkId: string, status: Status, controls: ControlResult[]): CheckResult => ({ checkId, status, severity: 'high', controls }) as CheckResult;

const audit = tenantAudit({ name: 'contoso', provider: 'm365' }, [
  result('a', 'pass', [control('scuba-aad', 'MS.AAD.1.1v1', 'pass'), control('cis-m365', '5.2.2.1', 'pass')]),
  result('b', 'fail', [control('scuba-aad', 'MS.AAD.3.1v1', 'fail'), control('cis-m365', '5.2.2.1', 'fail')]),
  result('c', 'error', [control('cis-m365', '5.2.2.2', 'error')]),
]);

describe('tenantCompliance', () => {
  const byKey = Object.fromEntries(tenantCompliance(audit, FRAMEWORKS).map((c) => [c.key, c]));

  it('gives a control cited by several checks the worst verdict and counts per status, with the percentage', () => {
    expect(byKey['cis-m365 1.0']).toMatchObject({ counts: { pass: 0, fail: 1, not_assessed: 1, not_applicable: 0 }, percent: 0, total: 2, notCovered: 0 });
    expect(byKey['cis-m365 1.0']!.controls[0]).toMatchObject({ id: '5.2.2.1', status: 'fail', checks: [{ checkId: 'a', status: 'pass' }, { checkId: 'b', status: 'fail' }] });
    expect(byKey['scuba-aad 1.0']).toMatchObject({ counts: { pass: 1, fail: 1, not_assessed: 0, not_applicable: 0 }, percent: 50, total: 3, notCovered: 1 });
  });

  it('judges NIST SP 800-53 through SCuBA’s mapping, naming the SCuBA controls', () => {
    const nist = byKey['nist-800-53 1.0']!;
    expect(nist.controls.map((c) => [c.id, c.status, c.via])).toEqual([
      ['AC-2', 'fail', ['MS.AAD.1.1v1', 'MS.AAD.3.1v1']],
      ['IA-2', 'fail', ['MS.AAD.3.1v1']],
    ]);
  });

  it('has no percentage when nothing was judged pass, fail or not assessed', () => {
    const onlyNa = tenantAudit({ name: 'x', provider: 'm365' }, [result('d', 'not_applicable', [control('cis-m365', '5.2.2.2', 'not_applicable')])]);
    expect(tenantCompliance(onlyNa, FRAMEWORKS)[0]).toMatchObject({ percent: null, counts: { not_applicable: 1 } });
  });
});

describe('limitToFramework', () => {
  const results = auditResults([audit]);

  it('keeps only the checks citing the framework, each with only its controls, and recounts', () => {
    const limited = limitToFramework(results, 'scuba', FRAMEWORKS);
    expect(limited.tenants[0]!.results.map((r) => [r.checkId, r.controls!.map((c) => c.framework)])).toEqual([
      ['a', ['scuba-aad']],
      ['b', ['scuba-aad']],
    ]);
    expect(limited.counts).toMatchObject({ pass: 1, fail: 1, error: 0 });
  });

  it('accepts ids and families from the framework files', () => {
    expect(frameworkChoices(FRAMEWORKS)).toEqual(['cis', 'cis-m365', 'nist', 'nist-800-53', 'scuba', 'scuba-aad']);
    expect(limitToFramework(results, 'cis-m365', FRAMEWORKS).tenants[0]!.results.map((r) => r.checkId)).toEqual(['a', 'b', 'c']);
  });
});
