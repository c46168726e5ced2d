import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditResults } from '../../src/core/results.js';
import { writeCombinedOutputs } from '../../src/output/combined-outputs.js';
import { writeTenantResult } from '../../src/output/tenant-files.js';
import { writeOutputs } from '../../src/output/write-outputs.js';
import { createRedactor } from '../../src/redaction/redactor.js';
import { buildFleet } from '../report/sample-results.js';

/** A tenant's app named so that its name ends in "authorization:", as a hostile or careless admin may name one. */
function poisoned(tenants: number): AuditResults {
  const results = buildFleet(tenants);
  const first = results.tenants[0]!;
  first.tenant = { ...first.tenant, name: `${first.tenant.name} authorization:` };
  const failure = first.results.find((r) => r.status === 'fail')!;
  failure.evidence = [{ kind: 'app', name: 'Zeta authorization:', detail: 'Mail.ReadWrite' }, ...failure.evidence];
  failure.evidenceTotal = failure.evidence.length;
  return results;
}

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('report.html redacted as a whole keeps its markup and its embedded data', () => {
  it('the roll-up (tenant files, combined pass): its tenant data still parses and names stay whole', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-markup-'));
    const results = poisoned(60);
    const redactor = createRedactor();
    for (const audit of results.tenants) await writeTenantResult(dir, audit, redactor);
    const { written } = await writeCombinedOutputs(dir, { startedAt: results.startedAt, failOn: 'none', profile: 'default', tenants: results.tenants.map((t) => t.tenant.name) }, ['html'], redactor);
    const page = await readFile(written.html!, 'utf8');
    const data = /<script type="application\/json" id="rollup-data">([\s\S]*?)<\/script>/.exec(page)?.[1];
    expect(data).toBeTruthy();
    const tenants = JSON.parse(data!) as string[];
    expect(JSON.stringify(tenants)).toContain('["app","Zeta authorization:","Mail.ReadWrite"]');
    expect(page).toMatch(/data-name="[^"]* authorization:" data-provider="m365"/);
  });

  it('the report of a few tenants: the evidence row keeps its cells', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-markup-'));
    await writeOutputs(poisoned(3), dir, ['html'], undefined, createRedactor());
    const page = await readFile(join(dir, 'report.html'), 'utf8');
    expect(page).toMatch(/Zeta authorization:<\/td>\s*<td[^>]*>Mail\.ReadWrite<\/td>/);
  });
});
