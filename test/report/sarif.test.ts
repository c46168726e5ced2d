import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { renderSarif } from '../../src/report/sarif.js';
import { buildSampleResults } from './sample-results.js';

const schema = JSON.parse(readFileSync(new URL('../support/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

describe('renderSarif', () => {
  const results = buildSampleResults();
  const log = JSON.parse(renderSarif(results)) as Log;
  const run = log.runs[0]!;

  it('is valid against the OASIS SARIF 2.1.0 schema', () => {
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema catches a log that breaks it (the validator is live)', () => {
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(validate({ ...log, runs: [{ ...run, results: [{ message: {} }] }] })).toBe(false);
  });

  it('has one rule per check that ran, with help text, a help link and a level from its severity', () => {
    const checkIds = [...new Set(results.tenants.flatMap((t) => t.results.map((r) => r.checkId)))];
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id).sort()).toEqual(checkIds.sort());
    for (const rule of rules) {
      const check = results.tenants.flatMap((t) => t.results).find((r) => r.checkId === rule.id)!;
      expect(rule.shortDescription?.text).toBe(check.title);
      expect(rule.help?.text).toContain(check.remediation);
      expect(rule.defaultConfiguration?.level).toBe({ critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' }[check.severity]);
      expect(Number(rule.properties?.['security-severity'])).toBeGreaterThan(0);
    }
  });

  it('has one result per failing check per tenant, pointing at its rule, and nothing for other statuses', () => {
    const failing = results.tenants.flatMap((t) => t.results.filter((r) => r.status === 'fail').map((r) => `${t.tenant.name} ${r.checkId}`));
    expect(run.results!.map((r) => `${r.properties!.tenant} ${r.ruleId}`).sort()).toEqual(failing.sort());
    for (const result of run.results!) expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('keeps a waiver as a suppression with its reason', () => {
    const waived = results.tenants.flatMap((t) => t.results).find((r) => r.status === 'fail' && r.waiver)!;
    const result = run.results!.find((r) => r.ruleId === waived.checkId)!;
    expect(result.suppressions).toEqual([{ kind: 'external', justification: waived.waiver!.reason }]);
  });

  it('fingerprints stay the same across runs and differ between tenants and checks', () => {
    const later = { ...results, startedAt: '2027-01-01T00:00:00Z', tenants: results.tenants.map((t) => ({ ...t, results: t.results.map((r) => ({ ...r, summary: `${r.summary} (reworded)` })) })) };
    const prints = (l: Log) => l.runs[0]!.results!.map((r) => r.partialFingerprints!['tenantAuditFinding/v1']);
    const first = prints(log);
    expect(prints(JSON.parse(renderSarif(later)) as Log)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('reports a tenant that could not be audited as a failed invocation, not as a finding', () => {
    const failed = results.tenants.filter((t) => t.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    const invocation = run.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => n.message.text)).toEqual(failed.map((t) => expect.stringContaining(t.tenant.name)));
  });
});
