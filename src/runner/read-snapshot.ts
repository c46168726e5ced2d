import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import type { Snapshot } from '../core/model.js';
import { sectionMismatch } from '../snapshot/validate-section.js';

const sectionSchema = z.union([
  z.object({ status: z.literal('ok'), data: z.unknown() }),
  z.object({ status: z.literal('error'), error: z.object({ code: z.string(), message: z.string() }).passthrough() }),
]);

const snapshotSchema = z
  .object({
    schemaVersion: z.literal(1),
    provider: z.enum(['m365', 'gws', 'salesforce']),
    tenant: z.object({ name: z.string().min(1), provider: z.string() }).passthrough(),
    collectedAt: z.string().datetime({ offset: true }),
    tool: z.object({ name: z.string(), version: z.string() }),
    settings: z.record(z.unknown()).optional(),
    sections: z.record(sectionSchema),
  })
  .passthrough();

/** Reads a saved snapshot, every ok section checked against its shape; a malformed one is reported with the file and the field at fault. */
export async function readSnapshot(file: string): Promise<Snapshot> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the snapshot (${(error as Error).message.split('\n')[0]})`, file);
  }
  const result = snapshotSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.');
    throw new ConfigError(`${file}: not a tenant-audit snapshot: ${field || '(top level)'}: ${issue.message}`, file, field);
  }
  const { provider, sections } = result.data;
  for (const [name, section] of Object.entries(sections)) {
    if (section.status !== 'ok') continue;
    const mismatch = sectionMismatch(provider, name, section.data);
    if (mismatch) throw new ConfigError(`${file}: section ${name} does not match its shape: ${mismatch.path}: ${mismatch.message}`, file, mismatch.path);
  }
  return result.data as unknown as Snapshot;
}
