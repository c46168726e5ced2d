import { describe, expect, it } from 'vitest';
import { parseStringPromise } from 'xml2js';
import type { CheckResult } from '../../src/core/model.js';
import { renderJunit } from '../../src/report/junit.js';
import { auditResults, buildSampleResults, checkResult, m365Results, tenantAudit } from './sample-results.js';

interface Attrs { [name: string]: string }
interface TestCase { $: Attrs; failure?: { $: Attrs; _?: string }[]; error?: { $: Attrs }[]; skipped?: { $: Attrs }[] }
interface TestSuite { $: Attrs; testcase?: TestCase[] }
interface Parsed { testsuites: { $: Attrs; testsuite: TestSuite[] } }

const parse = async (xml: string) => (await parseStringPromise(xml, { strict: true })) as Parsed;

describe('renderJunit', () => {
  const results = buildSampleResults();

  it('is well-formed JUnit XML: testsuites > a testsuite per tenant > a testcase per check, counts that add up', async () => {
    const { testsuites } = await parse(renderJunit(results));
    expect(testsuites.testsuite.map((s) => s.$.name)).toEqual(results.tenants.map((t) => `${t.tenant.name} (${t.tenant.provider})`));
    let total = 0;
    for (const suite of testsuites.testsuite) {
      const cases = suite.testcase ?? [];
      total += cases.length;
      expect(Number(suite.$.tests)).toBe(cases.length);
      expect(Number(suite.$.failures)).toBe(cases.filter((c) => c.failure).length);
      expect(Number(suite.$.errors)).toBe(cases.filter((c) => c.error).length);
      expect(Number(suite.$.skipped)).toBe(cases.filter((c) => c.skipped).length);
      expect(suite.$.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      for (const c of cases) {
        expect(c.$.classname && c.$.name && c.$.time).toBeTruthy();
        expect([c.failure, c.error, c.skipped].filter(Boolean).length).toBeLessThanOrEqual(1);
      }
    }
    expect(Number(testsuites.$.tests)).toBe(total);
  });

  it('maps fail to failure, error to error, not_assessed, not_applicable and waived to skipped with the reason', async () => {
    const tenant = { name: 'contoso', provider: 'm365' as const };
    const known = m365Results()[0]!.checkId;
    const as = (checkId: string, result: CheckResult): CheckResult => ({ ...result, checkId });
    const statuses = auditResults([tenantAudit(tenant, [
      as('c-pass', checkResult(known, 'pass', 'ok')),
      as('c-fail', checkResult(known, 'fail', 'MFA is not required', [{ kind: 'user', name: 'a@contoso.example' }])),
      as('c-error', checkResult(known, 'error', 'the check threw')),
      as('c-na', checkResult(known, 'not_assessed', 'conditionalAccessPolicies could not be read: 403')),
      as('c-waived', checkResult(known, 'fail', 'waived finding', [], { waiver: { reason: 'ticket SEC-1' } })),
    ])]);
    const cases = (await parse(renderJunit(statuses))).testsuites.testsuite[0]!.testcase!;
    const byId = (id: string) => cases.find((c) => c.$.name!.startsWith(`${id}:`))!;
    expect(byId('c-pass').failure ?? byId('c-pass').skipped ?? byId('c-pass').error).toBeUndefined();
    expect(byId('c-fail').failure![0]!.$.message).toBe('MFA is not required');
    expect(byId('c-fail').failure![0]!._).toContain('a@contoso.example');
    expect(byId('c-error').error![0]!.$.message).toBe('the check threw');
    expect(byId('c-na').skipped![0]!.$.message).toBe('not assessed: conditionalAccessPolicies could not be read: 403');
    expect(byId('c-waived').skipped![0]!.$.message).toBe('waived: ticket SEC-1');
  });

  it('a tenant that could not be audited is one errored testcase with the reason', async () => {
    const failed = results.tenants.find((t) => t.outcome === 'failed')!;
    const suite = (await parse(renderJunit(results))).testsuites.testsuite.find((s) => s.$.name === `${failed.tenant.name} (${failed.tenant.provider})`)!;
    expect(suite.testcase![0]!.error![0]!.$.message).toBe(failed.error!.message);
  });

  it('hostile text stays data: markup is escaped and characters XML forbids are replaced', async () => {
    const hostile = auditResults([tenantAudit({ name: 'x', provider: 'm365' }, [checkResult(m365Results()[0]!.checkId, 'fail', '</failure><injected a="1"/>\u0001\u001b[31m & "q"', [])])]);
    const xml = renderJunit(hostile);
    expect(xml).not.toContain('<injected');
    const failure = (await parse(xml)).testsuites.testsuite[0]!.testcase![0]!.failure![0]!;
    expect(failure.$.message).toBe('</failure><injected a="1"/>\uFFFD\uFFFD[31m & "q"');
  });
});
