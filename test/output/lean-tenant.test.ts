import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/core/model.js';
import type { TenantAudit } from '../../src/core/results.js';
import { LeanTenants } from '../../src/output/lean-tenant.js';

function result(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    checkId: 'm365-mfa-admins',
    provider: 'm365',
    area: 'identity',
    severity: 'high',
    title: 'Admins use MFA',
    status: 'fail',
    summary: 'Could not read userRegistrationDetails: 403',
    evidence: [1, 2, 3, 4, 5].map((n) => ({ kind: 'user', name: `admin${n}` })),
    evidenceTotal: 5,
    owner: 'Security Administrator',
    rationale: 'why',
    remediation: 'how',
    references: { docs: [] },
    ...overrides,
  } as CheckResult;
}

const tenant = (name: string, results: CheckResult[]): TenantAudit => ({ tenant: { name, provider: 'm365' }, outcome: 'audited', durationMs: 1, counts: { pass: 0, fail: results.length, not_applicable: 0, not_assessed: 0, error: 0 }, results });

/** Parsed from JSON, as the combined pass reads tenant files: every string a fresh copy. */
const parsed = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('LeanTenants', () => {
  it('keeps the verdict and three evidence items of a failure, with the true total', () => {
    const lean = new LeanTenants().add(parsed(tenant('a', [result()])));
    const [r] = lean.results;
    expect(r).toMatchObject({ checkId: 'm365-mfa-admins', status: 'fail', severity: 'high', summary: 'Could not read userRegistrationDetails: 403', evidenceTotal: 5, owner: 'Security Administrator' });
    expect(r!.evidence.map((e) => e.name)).toEqual(['admin1', 'admin2', 'admin3']);
  });

  it('leaves out the optional fields a result does not have, and keeps those it has', () => {
    const copies = new LeanTenants();
    const [plain] = copies.add(parsed(tenant('a', [result()]))).results;
    expect(Object.keys(plain!)).not.toEqual(expect.arrayContaining(['aliases']));
    expect('waiver' in plain! || 'assignee' in plain! || 'controls' in plain! || 'aliases' in plain!).toBe(false);
    const [full] = copies.add(parsed(tenant('b', [result({ aliases: ['old-id'], waiver: { reason: 'accepted' }, assignee: { name: 'Team A' }, controls: [{ framework: 'cis', frameworkVersion: '1', id: '1.1', status: 'fail', summary: 'long text' }] })]))).results;
    expect(full).toMatchObject({ aliases: ['old-id'], waiver: { reason: 'accepted' }, assignee: { name: 'Team A' } });
    expect(full!.controls).toEqual([{ framework: 'cis', frameworkVersion: '1', id: '1.1', status: 'fail', summary: '' }]);
  });

  it('gives results of different tenants the same key order, so they share one shape', () => {
    const copies = new LeanTenants();
    const a = copies.add(parsed(tenant('a', [result()]))).results[0]!;
    const b = copies.add(parsed(tenant('b', [{ ...result(), summary: 'other', checkId: 'm365-other' }]))).results[0]!;
    expect(Object.keys(a)).toEqual(Object.keys(b));
  });

  it('shares the check texts between tenants', () => {
    const copies = new LeanTenants();
    const a = copies.add(parsed(tenant('a', [result({ references: { docs: ['https://example.com'] } } as Partial<CheckResult>)]))).results[0]!;
    const b = copies.add(parsed(tenant('b', [result({ references: { docs: ['https://example.com'] } } as Partial<CheckResult>)]))).results[0]!;
    expect(b.references).toBe(a.references);
  });
});
