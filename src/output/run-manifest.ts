import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { Severity } from '../core/model.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { OUTPUT_FORMATS, type OutputFormat } from './write-outputs.js';

export const RUN_MANIFEST_FILE = 'run.json';

/** What `audit --resume OUT` needs to finish a run: written to OUT/run.json before the first tenant starts. */
export interface RunManifest {
  kind: 'tenant-audit-run';
  startedAt: string;
  /** The config file, absolute. */
  config: string;
  /** --tenant and --checks as given (undefined: all). */
  only?: { tenants?: string[]; checks?: string[] };
  formats: OutputFormat[];
  failOn?: Severity | 'none';
  compare?: string;
  failOnNewOnly?: boolean;
  perTenant?: boolean;
  saveSnapshots?: boolean;
}

export async function writeRunManifest(outDir: string, manifest: RunManifest): Promise<void> {
  await writeFileAtomic(join(outDir, RUN_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readRunManifest(outDir: string): Promise<RunManifest> {
  const file = join(outDir, RUN_MANIFEST_FILE);
  let parsed: Partial<RunManifest>;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<RunManifest>;
  } catch (error) {
    throw new ConfigError(`--resume ${outDir}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]}); only a folder an earlier audit wrote can be resumed`, file, '--resume');
  }
  if (parsed?.kind !== 'tenant-audit-run' || typeof parsed.config !== 'string' || typeof parsed.startedAt !== 'string') {
    throw new ConfigError(`${file}: not a tenant-audit run manifest (kind, config or startedAt missing)`, file, 'kind');
  }
  if (!Array.isArray(parsed.formats) || parsed.formats.some((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f))) {
    throw new ConfigError(`${file}: formats must list some of ${OUTPUT_FORMATS.join(', ')}`, file, 'formats');
  }
  return parsed as RunManifest;
}
