import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditResults, TenantAudit } from '../../src/core/results.js';
import { writeCombinedOutputs } from '../../src/output/combined-outputs.js';
import { finishedTenants, iterateTenantResults, tenantResultPath, writeTenantResult } from '../../src/output/tenant-files.js';
import { createRedactor } from '../../src/redaction/redactor.js';
import { buildFleet } from '../report/sample-results.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile), stat: vi.fn(actual.stat) };
});

const FLEET = buildFleet(8);
const NAMES = FLEET.tenants.map((t) => t.tenant.name);
let dir: string;

const readsStarted = () => vi.mocked(fsPromises.readFile).mock.calls.filter(([path]) => String(path).endsWith('tenant-result.json')).length;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-audit-read-ahead-'));
  for (const audit of FLEET.tenants) await writeTenantResult(dir, audit, createRedactor());
  vi.mocked(fsPromises.readFile).mockClear();
});
afterEach(async () => {
  vi.mocked(fsPromises.stat).mockRestore();
  await rm(dir, { recursive: true, force: true });
});

/** The file is there at its first look-up and gone at every later one, as if removed between them; returns the look-up count. */
async function goneAfterFirstLook(gone: string): Promise<() => number> {
  const actual = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
  let looks = 0;
  vi.mocked(fsPromises.stat).mockImplementation(async (path, options) => {
    if (String(path) === gone && looks++ > 0) throw Object.assign(new Error(`ENOENT: ${gone}`), { code: 'ENOENT' });
    return actual.stat(path, options as never);
  });
  return () => looks;
}

async function collect(names: readonly string[]): Promise<string[]> {
  const seen: string[] = [];
  for await (const audit of iterateTenantResults(dir, names)) seen.push(audit.tenant.name);
  return seen;
}

describe('tenant results read back with files read ahead', () => {
  it('hands out every finished tenant in the order asked, skipping those without a result', async () => {
    await rm(tenantResultPath(dir, NAMES[3]!));
    const asked = [...NAMES].reverse();
    expect(await collect(asked)).toEqual(asked.filter((name) => name !== NAMES[3]));
    expect(await finishedTenants(dir, NAMES)).toEqual(new Set(NAMES.filter((name) => name !== NAMES[3])));
  });

  it('has the next files being read while the caller still holds the first, but not every file at once', async () => {
    const results = iterateTenantResults(dir, NAMES);
    const first = await results.next();
    expect((first.value as TenantAudit).tenant.name).toBe(NAMES[0]);
    const started = readsStarted();
    expect(started).toBeGreaterThan(1);
    expect(started).toBeLessThan(NAMES.length);
    await results.return(undefined);
  });

  it('gives a broken file its error at its turn, after the tenants before it were handed out whole', async () => {
    await writeFile(tenantResultPath(dir, NAMES[2]!), '{"tenant": {"name": cut short');
    const seen: string[] = [];
    const reading = (async () => {
      for await (const audit of iterateTenantResults(dir, NAMES)) seen.push(audit.tenant.name);
    })();
    await expect(reading).rejects.toThrow(`${tenantResultPath(dir, NAMES[2]!)}: cannot read this tenant's result`);
    expect(seen).toEqual(NAMES.slice(0, 2));
  });

  it('leaves a tenant whose file went between its look-up and its read out of the combined reports, as an unfinished one', async () => {
    const looks = await goneAfterFirstLook(tenantResultPath(dir, NAMES[4]!));
    const { lean, written } = await writeCombinedOutputs(dir, { startedAt: FLEET.startedAt, failOn: 'none', profile: 'default', tenants: NAMES }, ['json'], createRedactor());
    const expected = NAMES.filter((name) => name !== NAMES[4]);
    expect(lean.tenants.map((t) => t.tenant.name)).toEqual(expected);
    const json = JSON.parse(await readFile(written.json!, 'utf8')) as AuditResults;
    expect(json.tenants.map((t) => t.tenant.name)).toEqual(expected);
    expect(looks()).toBeGreaterThan(1);
  });

  it('counts again from the files when a tenant the runner counted goes before its read: the head matches the tenants written', async () => {
    await goneAfterFirstLook(tenantResultPath(dir, NAMES[4]!));
    const heads = new Map(FLEET.tenants.map((audit) => [audit.tenant.name, { tenant: audit.tenant, counts: audit.counts }]));
    const { lean, written } = await writeCombinedOutputs(dir, { startedAt: FLEET.startedAt, failOn: 'none', profile: 'default', tenants: NAMES }, ['json', 'csv'], createRedactor(), undefined, {}, { heads });
    const json = JSON.parse(await readFile(written.json!, 'utf8')) as AuditResults;
    const kept = FLEET.tenants.filter((t) => t.tenant.name !== NAMES[4]);
    expect(json.tenants.map((t) => t.tenant.name)).toEqual(kept.map((t) => t.tenant.name));
    expect(json.counts.fail).toBe(kept.reduce((n, t) => n + t.counts.fail, 0));
    expect(lean.counts).toEqual(json.counts);
    expect((await fsPromises.readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
