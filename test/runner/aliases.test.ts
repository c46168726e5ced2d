import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/core/define-check.js';
import type { Snapshot } from '../../src/core/model.js';
import { DEFAULT_TENANT_SETTINGS } from '../../src/core/tenant-settings.js';
import { waiverCheckProblem } from '../../src/config/check-references.js';
import { compareResults } from '../../src/report/drift.js';
import { judgeSnapshot } from '../../src/runner/tenant-audit.js';
import { auditResults, checkResult, tenantAudit } from '../report/sample-results.js';

const renamed = defineCheck({
  id: 'm365-test-renamed',
  aliases: ['m365-test-old-name'],
  provider: 'm365',
  area: 'mfa',
  severity: 'high',
  title: 'Test',
  rationale: 'r',
  remediation: 'm',
  owner: 'o',
  references: { docs: [] },
  reads: ['domains'],
  evaluate: () => ({ status: 'fail', summary: 'bad', evidence: [{ kind: 'domain', name: 'example.org' }] }),
});

const snapshot: Snapshot = {
  schemaVersion: 1,
  provider: 'm365',
  tenant: { name: 'contoso', provider: 'm365' },
  collectedAt: '2026-11-01T00:00:00Z',
  tool: { name: 'tenant-audit', version: 'test' },
  sections: { domains: { status: 'ok', data: [] } },
};

describe('a renamed check keeps its waivers and history through its aliases', () => {
  it('a waiver naming the old id applies', () => {
    const [judged] = judgeSnapshot(snapshot, { settings: DEFAULT_TENANT_SETTINGS, waivers: [{ check: 'm365-test-old-name', reason: 'accepted' }] }, [renamed], new Date('2026-11-01T00:00:00Z'));
    expect(judged?.waiver?.reason).toBe('accepted');
    expect(judged?.aliases).toEqual(['m365-test-old-name']);
  });

  it('config validation accepts a waiver naming an alias', () => {
    expect(waiverCheckProblem('m365-test-old-name', 'm365', [renamed])).toBeUndefined();
    expect(waiverCheckProblem('m365-test-other', 'm365', [renamed])).toMatch(/no .*check has the id/);
  });

  it('drift matches the new id to the old result', () => {
    const tenant0 = { name: 'contoso', provider: 'm365' as const };
    const failing = checkResult('m365-ca-mfa-all-users', 'fail', 'bad', [{ kind: 'policy', name: 'p' }]);
    const before = auditResults([tenantAudit(tenant0, [{ ...failing, checkId: 'm365-test-old-name' }])]);
    const after = auditResults([tenantAudit(tenant0, [{ ...failing, checkId: 'm365-test-renamed', aliases: ['m365-test-old-name'] }])]);
    const [tenant] = compareResults(before, after).tenants;
    expect(tenant?.stillFailing.map((e) => e.checkId)).toEqual(['m365-test-renamed']);
    expect(tenant?.addedChecks).toEqual([]);
    expect(tenant?.removedChecks).toEqual([]);
  });
});
