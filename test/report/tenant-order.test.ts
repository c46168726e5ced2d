import { describe, expect, it } from 'vitest';
import { emptyCounts, type CheckResult, type Severity, type Status } from '../../src/core/model.js';
import type { TenantAudit } from '../../src/core/results.js';
import { sortTenantsWorstFirst } from '../../src/report/format.js';

const result = (status: Status, severity: Severity, waived = false) =>
  ({ checkId: 'x', provider: 'm365', area: 'mfa', severity, status, title: 't', summary: 's', evidence: [], evidenceTotal: 0, owner: 'o', rationale: 'r', remediation: 'm', references: { docs: [] }, ...(waived ? { waiver: { reason: 'accepted' } } : {}) }) satisfies CheckResult;

const tenant = (name: string, results: CheckResult[], outcome: TenantAudit['outcome'] = 'audited', provider: 'm365' | 'gws' = 'm365') =>
  ({ tenant: { name, provider }, outcome, durationMs: 0, counts: emptyCounts(), results }) satisfies TenantAudit;

describe('sortTenantsWorstFirst', () => {
  it('puts failed tenants first, then open failures from critical down, then errors and unassessed checks, then names', () => {
    const tenants = [
      tenant('clean-b', [result('pass', 'high')]),
      tenant('two-high', [result('fail', 'high'), result('fail', 'high')]),
      tenant('waived-critical', [result('fail', 'critical', true), result('fail', 'high')]),
      tenant('one-critical', [result('fail', 'critical')]),
      tenant('clean-a', [result('pass', 'high')], 'audited', 'gws'),
      tenant('clean-a', [result('pass', 'high')]),
      tenant('unassessed', [result('not_assessed', 'high')]),
      tenant('errors', [result('error', 'low'), result('not_assessed', 'low')]),
      tenant('could-not-read', [], 'failed'),
    ];
    const order = sortTenantsWorstFirst(tenants).map((t) => `${t.tenant.name}/${t.tenant.provider}`);
    expect(order).toEqual(['could-not-read/m365', 'one-critical/m365', 'two-high/m365', 'waived-critical/m365', 'errors/m365', 'unassessed/m365', 'clean-a/gws', 'clean-a/m365', 'clean-b/m365']);
    expect(tenants[0]!.tenant.name).toBe('clean-b');
  });
});
