import type { CheckResult } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';

// The JUnit XML that Azure DevOps PublishTestResults (JUnit), GitLab (artifacts:reports:junit) and Jenkins read:
// testsuites > testsuite (tests, failures, errors, skipped, time) > testcase (classname, name, time) with an
// optional failure, error or skipped child carrying a message attribute.

/** XML 1.0 forbids most control characters even escaped; API text can carry them. */
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function evidenceLines(result: CheckResult): string {
  const lines = result.evidence.map((e) => `${e.name}${e.detail ? `: ${e.detail}` : ''}`);
  const more = result.evidenceTotal - result.evidence.length;
  return [...lines, ...(more > 0 ? [`… and ${more} more`] : []), `Remediation (${result.owner}): ${result.remediation}`].join('\n');
}

/** The child element of a testcase for its status; a pass has none. */
function outcomeElement(result: CheckResult): string {
  if (result.status === 'fail' && result.waiver) return `<skipped message="${xmlText(`waived: ${result.waiver.reason}`)}"/>`;
  if (result.status === 'fail') return `<failure message="${xmlText(result.summary)}" type="${result.severity}">${xmlText(evidenceLines(result))}</failure>`;
  if (result.status === 'error') return `<error message="${xmlText(result.summary)}" type="error"/>`;
  if (result.status === 'not_assessed') return `<skipped message="${xmlText(`not assessed: ${result.summary}`)}"/>`;
  if (result.status === 'not_applicable') return `<skipped message="${xmlText(`not applicable: ${result.summary}`)}"/>`;
  return '';
}

type Tally = { tests: number; failures: number; errors: number; skipped: number };

function suite(audit: TenantAudit, timestamp: string): { xml: string; tally: Tally } {
  const classname = xmlText(`${audit.tenant.provider}.${audit.tenant.name}`);
  const cases: string[] = [];
  const tally: Tally = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  if (audit.outcome === 'failed') {
    tally.tests = 1;
    tally.errors = 1;
    cases.push(`    <testcase classname="${classname}" name="tenant could be audited" time="${seconds(audit.durationMs)}"><error message="${xmlText(audit.error?.message ?? 'unknown error')}" type="${xmlText(audit.error?.code ?? 'E_UNEXPECTED')}"/></testcase>`);
  }
  for (const result of audit.results) {
    tally.tests++;
    const element = outcomeElement(result);
    if (element.startsWith('<failure')) tally.failures++;
    else if (element.startsWith('<error')) tally.errors++;
    else if (element.startsWith('<skipped')) tally.skipped++;
    const open = `    <testcase classname="${classname}" name="${xmlText(`${result.checkId}: ${result.title}`)}" time="0.000"`;
    cases.push(element ? `${open}>${element}</testcase>` : `${open}/>`);
  }
  const name = xmlText(`${audit.tenant.name} (${audit.tenant.provider})`);
  const head = `  <testsuite name="${name}" tests="${tally.tests}" failures="${tally.failures}" errors="${tally.errors}" skipped="${tally.skipped}" time="${seconds(audit.durationMs)}" timestamp="${timestamp}">`;
  return { xml: [head, ...cases, '  </testsuite>'].join('\n'), tally };
}

/** JUnit XML from the canonical results: a testsuite per tenant, a testcase per check. */
export function renderJunit(results: AuditResults): string {
  const timestamp = results.startedAt.replace(/\.\d+Z$/, '').replace(/Z$/, '');
  const suites = results.tenants.map((audit) => suite(audit, timestamp));
  const total = suites.reduce((sum, { tally }) => ({ tests: sum.tests + tally.tests, failures: sum.failures + tally.failures, errors: sum.errors + tally.errors, skipped: sum.skipped + tally.skipped }), { tests: 0, failures: 0, errors: 0, skipped: 0 });
  const elapsed = seconds(Math.max(0, Date.parse(results.finishedAt) - Date.parse(results.startedAt)));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tenant-audit" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}" time="${elapsed}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
