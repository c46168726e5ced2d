import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditResults } from '../../src/core/results.js';
import { writeCombinedOutputs } from '../../src/output/combined-outputs.js';
import { readTenantResult, readTenantResultFile, tenantResultPath, writeTenantResult } from '../../src/output/tenant-files.js';
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
    const heads = new Map(FLEET.tenants.map((audit) => [audit.tenant.name, { tenant: audit.tenant, counts: audit.counts }]));
    vi.mocked(fsPromises.readFile).mockClear();
    const { written, perTenantFolders, lean } = await writeCombinedOutputs(dir, RUN, ['json', 'csv', 'html', 'md', 'actions'], createRedactor(), undefined, {}, { heads, perTenant: true });
    expect(tenantFileReads()).toBe(60);
    expect(perTenantFolders).toBe(60);
    for (const format of ['json', 'csv', 'html', 'md', 'actions'] as const) expect(written[format]).toBeTruthy();
    expect(await readFile(join(dir, 'tenants', NAMES[7]!, 'report.html'), 'utf8')).toContain(NAMES[7]!);
    // Read once, the files still give the lean copies every summary is drawn from, and results.json the same head.
    const json = JSON.parse(await readFile(written.json!, 'utf8')) as AuditResults;
    expect(lean.tenants.map((t) => t.tenant.name)).toEqual(NAMES);
    expect(lean.counts).toEqual(json.counts);
    expect(json.tenants).toEqual(FLEET.tenants);
  });

  it('counts from the files instead when one the runner counted is gone before its read, so the head matches the tenants', async () => {
    const heads = new Map(FLEET.tenants.map((audit) => [audit.tenant.name, { tenant: audit.tenant, counts: audit.counts }]));
    heads.set('not-on-disk', { tenant: { name: 'not-on-disk', provider: 'gws' }, counts: { ...FLEET.tenants[0]!.counts, fail: 1000 } });
    const { written, lean } = await writeCombinedOutputs(dir, { ...RUN, tenants: [...NAMES, 'not-on-disk'] }, ['json'], createRedactor(), undefined, {}, { heads });
    const json = JSON.parse(await readFile(written.json!, 'utf8')) as AuditResults;
    expect(json.tenants).toHaveLength(60);
    expect(json.counts.fail).toBe(FLEET.tenants.reduce((n, t) => n + t.counts.fail, 0));
    expect(lean.counts).toEqual(json.counts);
  });

  it('reads a tenant the runner did not hand over (a resumed run) once more, to count it before the pass', async () => {
    vi.mocked(fsPromises.readFile).mockClear();
    await writeCombinedOutputs(dir, RUN, ['json'], createRedactor());
    expect(tenantFileReads()).toBe(120);
  });

  it('writes results.json exactly as JSON.stringify prints the whole results, two spaces a level', async () => {
    const { written } = await writeCombinedOutputs(dir, RUN, ['json'], createRedactor());
    const text = await readFile(written.json!, 'utf8');
    const parsed = JSON.parse(text) as AuditResults;
    expect(parsed.tenants).toEqual(FLEET.tenants);
    expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });

  it('copies each tenant file into results.json as written, and prints again a file in the compact form of an earlier version, or with a byte that is not UTF-8', async () => {
    const mixed = await mkdtemp(join(tmpdir(), 'tenant-audit-one-pass-mixed-'));
    try {
      for (const audit of FLEET.tenants) await writeTenantResult(mixed, audit, createRedactor());
      const compact = FLEET.tenants.slice(0, 3);
      for (const audit of compact) await writeFile(tenantResultPath(mixed, audit.tenant.name), `${JSON.stringify(audit)}\n`);
      // A byte that is not UTF-8, in a file of the copied form, is read as U+FFFD and must reach results.json as that.
      const garbled = tenantResultPath(mixed, NAMES[20]!);
      const original = await readFile(garbled, 'utf8');
      const at = original.indexOf('"summary": "') + '"summary": "'.length;
      await writeFile(garbled, Buffer.concat([Buffer.from(original.slice(0, at)), Buffer.from([0xff]), Buffer.from(original.slice(at))]));
      const copied = (await readFile(tenantResultPath(mixed, NAMES[10]!), 'utf8')).slice(0, -1);
      const { written } = await writeCombinedOutputs(mixed, RUN, ['json'], createRedactor());
      const bytes = await readFile(written.json!);
      expect(isUtf8(bytes)).toBe(true);
      const text = bytes.toString('utf8');
      expect(text).toContain(`,\n${copied},\n`);
      const tenants = (JSON.parse(text) as AuditResults).tenants;
      expect(tenants.filter((_, i) => i !== 20)).toEqual(FLEET.tenants.filter((_, i) => i !== 20));
      expect(JSON.stringify(tenants[20])).toContain('"summary":"\uFFFD');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    } finally {
      await rm(mixed, { recursive: true, force: true });
    }
  });

  it('hands over a file\'s bytes for copying only to a reader that asks for them', async () => {
    const name = NAMES[5]!;
    const bytes = await readFile(tenantResultPath(dir, name));
    const forCopy = await readTenantResultFile(dir, name);
    expect(forCopy.nested).toEqual(bytes.subarray(0, -1));
    const resultOnly = await readTenantResultFile(dir, name, { nested: false });
    expect(resultOnly.nested).toBeUndefined();
    expect(resultOnly.audit).toEqual(forCopy.audit);
    expect(await readTenantResult(dir, name)).toEqual(FLEET.tenants[5]);
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
