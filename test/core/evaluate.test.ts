import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/core/define-check.js';
import { EVIDENCE_CAP, evaluateCheck } from '../../src/core/evaluate.js';
import type { Snapshot } from '../../src/core/model.js';
import { DEFAULT_TENANT_SETTINGS } from '../../src/core/tenant-settings.js';

const meta = {
  provider: 'm365' as const,
  area: 'mfa' as const,
  severity: 'high' as const,
  title: 'Test',
  rationale: 'r',
  remediation: 'm',
  owner: 'o',
  references: { docs: [] as string[] },
};

const manyDomains = defineCheck({
  ...meta,
  id: 'test-domains',
  reads: ['domains'],
  evaluate: ({ domains }) => ({ status: 'fail', summary: 'x', evidence: domains.map((d) => ({ kind: 'domain' as const, name: d.id })) }),
});

const throws = defineCheck({ ...meta, id: 'test-throws', reads: ['domains'], evaluate: () => { throw new Error('boom'); } });

function snapshot(sections: Snapshot['sections']): Snapshot {
  return { schemaVersion: 1, provider: 'm365', tenant: { name: 't', provider: 'm365' }, collectedAt: '2026-11-01T00:00:00Z', tool: { name: 'tenant-audit', version: 't' }, sections };
}
const ctx = { now: new Date('2026-11-01T00:00:00Z'), settings: DEFAULT_TENANT_SETTINGS };
const domain = (id: string) => ({ id, isVerified: true, isDefault: false, authenticationType: 'Managed', passwordValidityPeriodInDays: null });

describe('evaluateCheck', () => {
  it('caps evidence and keeps the total', () => {
    const data = Array.from({ length: EVIDENCE_CAP + 7 }, (_, i) => domain(`d${i}.example`));
    const result = evaluateCheck(manyDomains, snapshot({ domains: { status: 'ok', data } }), ctx);
    expect(result.evidence).toHaveLength(EVIDENCE_CAP);
    expect(result.evidenceTotal).toBe(EVIDENCE_CAP + 7);
  });

  it('reports a section that was never collected as not assessed', () => {
    const result = evaluateCheck(manyDomains, snapshot({}), ctx);
    expect(result.status).toBe('not_assessed');
    expect(result.summary).toMatch(/domains was not collected/);
  });

  it('names the missing permission of a failed read', () => {
    const result = evaluateCheck(manyDomains, snapshot({ domains: { status: 'error', error: { code: 'permission', message: '403', permission: 'Domain.Read.All' } } }), ctx);
    expect(result.status).toBe('not_assessed');
    expect(result.summary).toContain('Domain.Read.All');
  });

  it('treats a licence that gates the feature itself as not applicable', () => {
    const result = evaluateCheck(manyDomains, snapshot({ domains: { status: 'error', error: { code: 'licence', message: 'no licence', licence: 'Entra ID P1', featureUnlicensed: true } } }), ctx);
    expect(result.status).toBe('not_applicable');
    expect(result.summary).toContain('Entra ID P1');
  });

  it('treats a licence that only gates the report as not assessed: the control still applies', () => {
    const result = evaluateCheck(manyDomains, snapshot({ domains: { status: 'error', error: { code: 'licence', message: 'report needs P1', licence: 'Entra ID P1' } } }), ctx);
    expect(result.status).toBe('not_assessed');
  });

  it('turns a crashing check into an error result instead of throwing', () => {
    const result = evaluateCheck(throws, snapshot({ domains: { status: 'ok', data: [] } }), ctx);
    expect(result.status).toBe('error');
    expect(result.summary).toContain('boom');
  });
});
