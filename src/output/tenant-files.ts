import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '../core/model.js';
import type { TenantAudit } from '../core/results.js';
import { ConfigError } from '../core/errors.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { prettyJsonChunks } from '../io/pretty-json-chunks.js';
import { looksNested, nestedJson } from './nested-json.js';
import { writeChunksAtomic } from '../io/write-chunks-atomic.js';
import type { Redactor } from '../redaction/redactor.js';

/** Where a run keeps each finished tenant: OUT/tenants/<name>/, beside that tenant's own reports (--per-tenant). */
export const TENANT_RESULT_FILE = 'tenant-result.json';
export const TENANT_SNAPSHOT_FILE = 'snapshot.json';

export const tenantFolder = (outDir: string, name: string) => join(outDir, 'tenants', name);
export const tenantResultPath = (outDir: string, name: string) => join(tenantFolder(outDir, name), TENANT_RESULT_FILE);

/**
 * Writes one tenant's result whole or not at all, the moment it is done: an interrupted run keeps it. Every
 * string is redacted but the catalog texts the redactor trusts, two thirds of the file: a pass over the whole
 * JSON text searched them again for every tenant. Printed as it sits in results.json (four spaces in), so the
 * combined pass copies its bytes there instead of printing the tenant again.
 */
export async function writeTenantResult(outDir: string, audit: TenantAudit, redactor: Redactor): Promise<void> {
  await writeFileAtomic(tenantResultPath(outDir, audit.tenant.name), `${nestedJson(redactor.redactDeep(audit))}\n`);
}

/** A tenant's snapshot beside its result (--save-snapshots), written whole or not at all; `evaluate` reads it. */
export const tenantSnapshotPath = (outDir: string, name: string) => join(tenantFolder(outDir, name), TENANT_SNAPSHOT_FILE);

export async function writeTenantSnapshot(outDir: string, name: string, snapshot: Snapshot, redactor: Redactor): Promise<void> {
  await writeSnapshotFile(tenantSnapshotPath(outDir, name), snapshot, redactor);
}

/**
 * A snapshot as pretty JSON (what `evaluate` reads), written and redacted in pieces: a large tenant's
 * snapshot is tens of MB of text, which would otherwise exist whole, and once more redacted.
 */
export async function writeSnapshotFile(path: string, snapshot: Snapshot, redactor: Redactor): Promise<void> {
  await writeChunksAtomic(path, prettyJsonChunks(snapshot), redactor);
}

/** A tenant's result as read, with its JSON as results.json prints it when the file holds it in that form. */
export interface TenantResultFile {
  audit: TenantAudit;
  /** The file's bytes less its closing newline, when written by writeTenantResult (an older run's file is not). */
  nested?: Buffer;
}

export async function readTenantResult(outDir: string, name: string): Promise<TenantAudit> {
  return (await readTenantResultFile(outDir, name, { nested: false })).audit;
}

/** `nested: false` when only the result is wanted: the bytes are then not tested for their form. */
export async function readTenantResultFile(outDir: string, name: string, want: { nested: boolean } = { nested: true }): Promise<TenantResultFile> {
  const file = tenantResultPath(outDir, name);
  let parsed: Partial<TenantAudit>;
  let bytes: Buffer;
  let text: string;
  try {
    bytes = await readFile(file);
    text = bytes.toString('utf8');
    parsed = JSON.parse(text) as Partial<TenantAudit>;
  } catch (error) {
    throw new ConfigError(`${file}: cannot read this tenant's result (${(error as Error).message.split('\n')[0]})`, file);
  }
  if (!parsed || typeof parsed !== 'object' || parsed.tenant?.name !== name || !Array.isArray(parsed.results)) {
    throw new ConfigError(`${file}: not the result of tenant "${name}" (tenant.name or results missing)`, file, 'tenant.name');
  }
  const audit = parsed as TenantAudit;
  // Bytes that are not UTF-8 were read as U+FFFD: only the text holds what was parsed.
  if (!want.nested || !looksNested(text) || !isUtf8(bytes)) return { audit };
  return { audit, nested: text.endsWith('\n') ? bytes.subarray(0, bytes.length - 1) : bytes };
}

/** The tenants (of `names`) whose result is on disk: a resumed run skips them. Looked up together, not one after another. */
export async function finishedTenants(outDir: string, names: readonly string[]): Promise<Set<string>> {
  const found = await Promise.all(names.map((name) => stat(tenantResultPath(outDir, name)).then((s) => s.isFile(), () => false)));
  return new Set(names.filter((_, i) => found[i]));
}

/** Files being read ahead of the one handed out: the disk works while the caller handles a result. */
const READ_AHEAD = 2;

/**
 * The finished tenants' results (of `names`, in that order; those without one are skipped), so a report can be
 * built over a thousand tenants without holding them all. A few files are read ahead while the results before
 * them are handled: read one after another, the combined pass of a 1,000-tenant run sat idle a fifth of its time.
 */
export async function* iterateTenantResults(outDir: string, names: readonly string[]): AsyncGenerator<TenantAudit> {
  for await (const file of iterateTenantResultFiles(outDir, names, { nested: false })) yield file.audit;
}

/** The same, each with its JSON as results.json prints it, where the file holds it so. */
export async function* iterateTenantResultFiles(outDir: string, names: readonly string[], want: { nested: boolean } = { nested: true }): AsyncGenerator<TenantResultFile> {
  const done = await finishedTenants(outDir, names);
  const todo = names.filter((name) => done.has(name));
  const reading: Promise<TenantResultFile>[] = [];
  let next = 0;
  const readAhead = () => {
    while (reading.length <= READ_AHEAD && next < todo.length) {
      const read = readTenantResultFile(outDir, todo[next++]!, want);
      // A read ahead that fails is rethrown when its turn comes; until then it must not count as unhandled.
      read.catch(() => undefined);
      reading.push(read);
    }
  };
  readAhead();
  while (reading.length > 0) {
    const read = reading.shift()!;
    readAhead();
    yield await read;
  }
}
