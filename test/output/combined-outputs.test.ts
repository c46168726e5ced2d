import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCounts, type CheckResult } from '../../src/core/model.js';
import type { AuditResults, TenantAudit } from '../../src/core/results.js';
import { writeCombinedOutputs } from '../../src/output/combined-outputs.js';
import { iterateTenantResults, readTenantResult, writeTenantResult } from '../../src/output/tenant-files.js';
import { writeOutputs } from '../../src/output/write-outputs.js';
import { REDACTED } from '../../src/redaction/credential-patterns.js';
import { createRedactor } from '../../src/redaction/redactor.js';

const result = (checkId: string, status: CheckResult['status'], evidence: number): CheckResult => ({
  checkId,
  provider: 'm365',
  area: 'mfa',
  severity: 'high',
  title: `Title of ${checkId}`,
  status,
  summary: `${checkId} is ${status}`,
  evidence: Array.from({ length: evidence }, (_, i) => ({ kind: 'user' as const, name: `user${i}@example.test` })),
  evidenceTotal: evidence,
  owner: 'Identity admin',
  rationale: 'why',
  remediation: 'do this',
  references: { docs: ['https://learn.microsoft.com/example'] },
});

const tenant = (name: string, outcome: TenantAudit['outcome'], results: CheckResult[]): TenantAudit => {
  const counts = emptyCounts();
  for (const r of results) counts[r.status]++;
  return { tenant: { name, provider: 'm365' }, outcome, durationMs: 5, counts, results, ...(outcome === 'failed' ? { error: { code: 'E_AUTH', message: 'token refused' } } : {}) };
};

const TENANTS = [
  tenant('alpha', 'audited', [result('m365-a', 'fail', 12), result('m365-b', 'pass', 0)]),
  tenant('beta', 'failed', []),
  tenant('gamma', 'audited', [result('m365-a', 'pass', 0), result('m365-b', 'not_assessed', 0)]),
];
const NAMES = ['alpha', 'beta', 'gamma', 'never-finished'];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-combined-'));
  for (const audit of TENANTS) await writeTenantResult(dir, audit, createRedactor());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('combined outputs assembled from the tenant results on disk', () => {
  it('iterates the finished tenants in config order, skipping those without a result', async () => {
    const seen: string[] = [];
    for await (const audit of iterateTenantResults(dir, ['gamma', 'never-finished', 'alpha'])) seen.push(audit.tenant.name);
    expect(seen).toEqual(['gamma', 'alpha']);
  });

  it('streams results.json and results.csv byte for byte as the whole-results renderers would write them', async () => {
    const run = { startedAt: '2026-01-01T00:00:00.000Z', failOn: 'none' as const, profile: 'baseline', tenants: NAMES, incomplete: { reason: 'interrupted by SIGTERM', missingTenants: ['never-finished'] } };
    const streamed = join(dir, 'streamed');
    const { lean, written } = await writeCombinedOutputs(dir, run, ['json', 'csv', 'md'], createRedactor());
    expect(written.json).toBe(join(dir, 'results.json'));
    const json = JSON.parse(await readFile(written.json!, 'utf8')) as AuditResults;
    const whole: AuditResults = { ...json, tenants: TENANTS };
    await writeOutputs(whole, streamed, ['json', 'csv']);
    expect(await readFile(written.json!, 'utf8')).toBe(await readFile(join(streamed, 'results.json'), 'utf8'));
    expect(await readFile(written.csv!, 'utf8')).toBe(await readFile(join(streamed, 'results.csv'), 'utf8'));
    expect(json.incomplete).toEqual(run.incomplete);
    expect(json.counts).toEqual({ ...emptyCounts(), fail: 1, pass: 2, not_assessed: 1 });
    expect(lean.counts).toEqual(json.counts);
    // The lean copy keeps a failure's first evidence items and its true total, and nothing of a pass.
    expect(lean.tenants[0]!.results[0]!.evidence).toHaveLength(3);
    expect(lean.tenants[0]!.results[0]!.evidenceTotal).toBe(12);
    expect(lean.tenants[0]!.results[1]!.evidence).toEqual([]);
    expect(await readFile(written.md!, 'utf8')).toContain('Incomplete run');
  });

  it('writes an empty tenants list as JSON.stringify would', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tenant-audit-combined-empty-'));
    try {
      const { written } = await writeCombinedOutputs(empty, { startedAt: '2026-01-01T00:00:00.000Z', failOn: 'none', profile: 'baseline', tenants: ['nobody'] }, ['json'], createRedactor());
      expect((JSON.parse(await readFile(written.json!, 'utf8')) as AuditResults).tenants).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('writes a tenant\'s result with every string redacted but the catalog texts the redactor trusts', async () => {
    const redactor = createRedactor(['tenant-secret-0001']);
    const [first, ...rest] = TENANTS[0]!.results;
    const remediation = `${first!.remediation} (tenant-secret-0001 is only a word here)`;
    redactor.trust([remediation]);
    const audit = { ...TENANTS[0]!, tenant: { name: 'gamma', provider: 'm365' as const }, results: [{ ...first!, remediation, summary: 'token tenant-secret-0001 seen', evidence: [{ kind: 'setting' as const, name: 'Bearer abcdefghij0123456789xyz' }] }, ...rest] };
    await writeTenantResult(dir, audit, redactor);
    const [written] = (await readTenantResult(dir, 'gamma')).results;
    expect(written).toMatchObject({ remediation, summary: `token ${REDACTED} seen`, evidence: [{ kind: 'setting', name: `Bearer ${REDACTED}` }] });
  });

  it('refuses a tenant result that is not that tenant\'s, naming the file', async () => {
    await writeTenantResult(dir, { ...TENANTS[0]!, tenant: { name: 'alpha', provider: 'm365' } }, createRedactor());
    await expect(readTenantResult(dir, 'beta-missing')).rejects.toThrow(/beta-missing.*tenant-result\.json/);
  });
});
