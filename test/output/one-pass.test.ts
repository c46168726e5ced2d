import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditResults } from '../../src/core/results.js';
import { writeCombinedOutputs } from '../../src/output/combined-outputs.js';
import { LeanTenants } from '../../src/output/lean-tenant.js';
import { writeTenantResult } from '../../src/output/tenant-files.js';
import { writeOutputs } from '../../src/output/write-outputs.js';
import { createRedactor } from '../../src/redaction/redactor.js';
import { renderHtml } from '../../src/report/html.js';
import { buildFleet } from '../report/sample-results.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const FLEET = buildFleet(60);
for (const audit of FLEET.tenants) for (const r of audit.results) if (r.provider === 'm365') r.controls = [{ framework: 'scuba-aad', frameworkVersion: '1.8.0', id: 'MS.AAD.3.1v1', status: r.status, summary: r.summary }];
const NAMES = FLEET.tenants.map((t) => t.tenant.name);
const RUN = { startedAt: FLEET.startedAt, failOn: 'none' as const, profile: 'default', tenants: NAMES };
let dir: string;

const tenantFileReads = () => vi.mocked(fsPromises.readFile).mock.calls.filter(([path]) => String(path).endsWith('tenant-result.json')).length;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-one-pass-'));
  for (const audit of FLEET.tenants) await writeTenantResult(dir, audit, createRedactor());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('combined outputs: one pass over the tenant files', () => {
  it('reads each tenant file once for results.json, results.csv, report.html, summary.md, action-plan.csv and per-tenant reports', async () => {
    const known = new LeanTenants();
    for (const audit of FLEET.tenants) known.add(audit);
    vi.mocked(fsPromises.readFile).mockClear();
    const { written, perTenantFolders } = await writeCombinedOutputs(dir, RUN, ['json', 'csv', 'html', 'md', 'actions'], createRedactor(), undefined, {}, { known, perTenant: true });
    expect(tenantFileReads()).toBe(60);
    expect(perTenantFolders).toBe(60);
    for (const format of ['json', 'csv', 'html', 'md', 'actions'] as const) expect(written[format]).toBeTruthy();
    expect(await readFile(join(dir, 'tenants', NAMES[7]!, 'report.html'), 'utf8')).toContain(NAMES[7]!);
  });

  it('reads a tenant the runner did not hand over (a resumed run) once more, to count it before the pass', async () => {
    vi.mocked(fsPromises.readFile).mockClear();
    await writeCombinedOutputs(dir, RUN, ['json'], createRedactor());
    expect(tenantFileReads()).toBe(120);
  });

  it('draws the roll-up from lean copies and per-tenant details exactly as from the whole results', async () => {
    const { written } = await writeCombinedOutputs(dir, RUN, ['json', 'html'], createRedactor());
    const json = JSON.parse(await readFile(written.json!, 'utf8')) as AuditResults;
    const page = await readFile(written.html!, 'utf8');
    expect(page).toContain('id="rollup"');
    expect(page).toBe(renderHtml({ ...json, tenants: FLEET.tenants }));
    // The per-tenant details waited in a file of their own, gone once the page is written.
    expect((await readdir(dir)).filter((name) => name.startsWith('.rollup-details'))).toEqual([]);
  });

  it('shows drift against an earlier run from lean copies exactly as from the whole results', async () => {
    const previous: AuditResults = structuredClone(FLEET);
    for (const r of previous.tenants[0]!.results) r.status = 'pass';
    const { written } = await writeCombinedOutputs(dir, RUN, ['json', 'md'], createRedactor(), previous);
    const json = JSON.parse(await readFile(written.json!, 'utf8')) as AuditResults;
    const whole = join(dir, 'whole');
    await writeOutputs({ ...json, tenants: FLEET.tenants }, whole, ['md'], previous);
    const md = await readFile(written.md!, 'utf8');
    expect(md).toContain('**3 newly failing**');
    expect(md).toBe(await readFile(join(whole, 'summary.md'), 'utf8'));
  });
});
