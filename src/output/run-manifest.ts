import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { describePath } from '../config/issue-path.js';
import { ConfigError } from '../core/errors.js';
import { SEVERITIES } from '../core/model.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { OUTPUT_FORMATS } from './write-outputs.js';

export const RUN_MANIFEST_FILE = 'run.json';

const path = z.string().min(1, 'must be a path');
const names = z.array(z.string().min(1, 'must not be empty'));

const manifestHead = z.object({
  kind: z.literal('tenant-audit-run'),
  // Manifests from before `command` was recorded were all written by audit.
  command: z.enum(['audit', 'demo']).default('audit'),
});

/** What `audit --resume OUT` needs to finish a run: written to OUT/run.json before the first tenant starts. */
const auditManifestSchema = z
  .object({
    kind: z.literal('tenant-audit-run'),
    command: z.literal('audit').default('audit'),
    startedAt: z.string().datetime(),
    /** The config file, absolute. */
    config: path,
    /** --tenant and --checks as given (undefined: all). */
    only: z.object({ tenants: names.optional(), checks: names.optional() }).strict().optional(),
    formats: z.array(z.enum(OUTPUT_FORMATS)).min(1, `must list at least one of ${OUTPUT_FORMATS.join(', ')}`),
    failOn: z.enum([...SEVERITIES, 'none']).optional(),
    /** --compare, absolute. */
    compare: path.optional(),
    failOnNewOnly: z.boolean().optional(),
    perTenant: z.boolean().optional(),
    saveSnapshots: z.boolean().optional(),
    /** --history, absolute. */
    history: path.optional(),
    framework: z.string().min(1).optional(),
    appendix: z.boolean().optional(),
    csvBom: z.boolean().optional(),
  })
  .strict();

export type RunManifest = z.infer<typeof auditManifestSchema>;

/** The flags of an audit that run.json keeps: `--resume` takes them from there. */
export type RecordedRunFlags = Omit<RunManifest, 'kind' | 'command' | 'startedAt'>;

/** A demo run's folder cannot be resumed: its tenants are served by the run itself. */
interface DemoRunManifest {
  kind: 'tenant-audit-run';
  command: 'demo';
  startedAt: string;
}

export async function writeRunManifest(outDir: string, manifest: RunManifest | DemoRunManifest): Promise<void> {
  await writeFileAtomic(join(outDir, RUN_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

function invalid(file: string, error: z.ZodError): ConfigError {
  const issue = error.issues[0]!;
  const field = describePath(issue.path) || '(file)';
  const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
  return new ConfigError(`${file}: ${field}: ${message}; only a folder an earlier audit wrote can be resumed`, file, field);
}

/** `outDir` as the user gave it, so the messages name it that way. */
export async function readRunManifest(outDir: string): Promise<RunManifest> {
  const file = join(outDir, RUN_MANIFEST_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`--resume ${outDir}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]}); only a folder an earlier audit wrote can be resumed`, file, '--resume');
  }
  const head = manifestHead.safeParse(parsed);
  if (!head.success) throw invalid(file, head.error);
  if (head.data.command === 'demo') throw new ConfigError(`${outDir} was written by \`demo\`, which cannot be resumed; run \`demo\` again`, file, 'command');
  const manifest = auditManifestSchema.safeParse(parsed);
  if (!manifest.success) throw invalid(file, manifest.error);
  return manifest.data;
}
