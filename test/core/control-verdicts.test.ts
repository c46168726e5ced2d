import { describe, expect, it } from 'vitest';
import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { defineCheck } from '../../src/core/define-check.js';
import { evaluateCheck } from '../../src/core/evaluate.js';
import type { Snapshot, Verdict } from '../../src/core/model.js';
import { DEFAULT_TENANT_SETTINGS } from '../../src/core/tenant-settings.js';
import { loadFrameworks } from '../../src/frameworks/load-frameworks.js';

const meta = {
  provider: 'm365' as const,
  area: 'mfa' as const,
  severity: 'high' as const,
  title: 'Test',
  rationale: 'r',
  remediation: 'm',
  owner: 'o',
  references: { scuba: ['MS.AAD.3.6v1', 'MS.AAD.3.1v1'], cis: ['5.2.2.5'], docs: [] as string[] },
};
const withVerdict = (verdict: Verdict) => defineCheck({ ...meta, id: 'test-controls', reads: ['domains'], evaluate: () => verdict });
const snapshot = (ok: boolean): Snapshot => ({
  schemaVersion: 1,
  provider: 'm365',
  tenant: { name: 't', provider: 'm365' },
  collectedAt: '2026-11-01T00:00:00Z',
  tool: { name: 'tenant-audit', version: 't' },
  sections: { domains: ok ? { status: 'ok', data: [] } : { status: 'error', error: { code: 'permission', message: 'denied' } } },
});
const ctx = { now: new Date('2026-11-01T00:00:00Z'), settings: DEFAULT_TENANT_SETTINGS };

describe('per-control verdicts', () => {
  it('every cited control takes the check verdict by default, framework id and version from the files', () => {
    const result = evaluateCheck(withVerdict({ status: 'pass', summary: 'fine' }), snapshot(true), ctx);
    const aad = loadFrameworks().find((f) => f.framework.id === 'scuba-aad')!;
    expect(result.controls).toEqual([
      { framework: 'scuba-aad', frameworkVersion: aad.framework.version, id: 'MS.AAD.3.6v1', status: 'pass', summary: 'fine' },
      { framework: 'scuba-aad', frameworkVersion: aad.framework.version, id: 'MS.AAD.3.1v1', status: 'pass', summary: 'fine' },
      { framework: 'cis-m365', frameworkVersion: '7.0.0', id: '5.2.2.5', status: 'pass', summary: 'fine' },
    ]);
  });

  it('a control the verdict names gets its own status and summary', () => {
    const verdict = verdictOfControls({ 'MS.AAD.3.1v1': { status: 'fail', summary: 'not for all users' }, 'MS.AAD.3.6v1': { status: 'pass', summary: 'admins covered' } }, [{ kind: 'policy', name: 'p' }]);
    expect(verdict.status).toBe('fail');
    const result = evaluateCheck(withVerdict(verdict), snapshot(true), ctx);
    expect(result.status).toBe('fail');
    expect(result.controls?.map((c) => [c.id, c.status])).toEqual([['MS.AAD.3.6v1', 'pass'], ['MS.AAD.3.1v1', 'fail'], ['5.2.2.5', 'fail']]);
    expect(result.controls?.find((c) => c.id === 'MS.AAD.3.6v1')?.summary).toBe('admins covered');
  });

  it('an unreadable input leaves every control not_assessed', () => {
    const result = evaluateCheck(withVerdict({ status: 'pass', summary: 'fine', controls: { 'MS.AAD.3.1v1': { status: 'pass', summary: 'x' } } }), snapshot(false), ctx);
    expect(result.controls?.every((c) => c.status === 'not_assessed')).toBe(true);
  });

  it('a verdict for a control the check does not cite is an error, naming the id', () => {
    const result = evaluateCheck(withVerdict({ status: 'pass', summary: 'fine', controls: { 'MS.AAD.7.1v1': { status: 'pass', summary: 'x' } } }), snapshot(true), ctx);
    expect(result.status).toBe('error');
    expect(result.summary).toMatch(/MS\.AAD\.7\.1v1/);
  });
});
