import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Provider, References } from '../core/model.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { CITED_AS } from './citation-keys.js';
import type { CitedControl, Framework, FrameworkFile } from './model.js';

export const FRAMEWORKS_DIR = join(PACKAGE_ROOT, 'frameworks');
const SCOPES = ['m365', 'gws', 'salesforce', 'common'] as const;

const controlSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    strength: z.enum(['SHALL', 'SHOULD']).optional(),
    level: z.enum(['L1', 'L2']).optional(),
    licence: z.enum(['E3', 'E5']).optional(),
    assessment: z.enum(['automated', 'manual']).optional(),
    risk: z.string().optional(),
    severity: z.string().optional(),
    nist80053: z.array(z.string()).optional(),
  })
  .strict();

const fileSchema = z
  .object({
    framework: z.object({ id: z.string().min(1), family: z.string().min(1), name: z.string().min(1), version: z.string().min(1), url: z.string().url(), source: z.string().min(1) }).strict(),
    controls: z.array(controlSchema).min(1),
  })
  .strict() satisfies z.ZodType<FrameworkFile>;

/** Reads one framework file; a malformed file names itself and the schema path. */
export function parseFrameworkFile(text: string, file: string): FrameworkFile {
  const parsed = fileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

let cache: Framework[] | undefined;

/** Every framework file under frameworks/<provider|common>/, read once per process. */
export function loadFrameworks(): Framework[] {
  if (cache) return cache;
  const all: Framework[] = [];
  for (const scope of SCOPES) {
    let names: string[];
    try {
      names = readdirSync(join(FRAMEWORKS_DIR, scope)).filter((n) => n.endsWith('.json')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = `frameworks/${scope}/${name}`;
      const data = parseFrameworkFile(readFileSync(join(FRAMEWORKS_DIR, scope, name), 'utf8'), file);
      const citedAs = CITED_AS[data.framework.family];
      if (!citedAs) throw new Error(`${file}: no citation key for framework family "${data.framework.family}" (src/frameworks/citation-keys.ts)`);
      all.push({ ...data, scope, file, citedAs });
    }
  }
  cache = all;
  return all;
}

/** A citation as a check writes it: which slot of `references`, and the id. */
export interface Citation {
  /** "scuba", "cis", or the `other` key. */
  key: string;
  id: string;
}

export function citationsOf(references: References): Citation[] {
  const out: Citation[] = [];
  for (const id of references.scuba ?? []) out.push({ key: 'scuba', id });
  for (const id of references.cis ?? []) out.push({ key: 'cis', id });
  for (const [key, ids] of Object.entries(references.other ?? {})) for (const id of ids) out.push({ key, id });
  return out;
}

const keyOf = (framework: Framework) => (typeof framework.citedAs === 'string' ? framework.citedAs : framework.citedAs.other);

/** The framework files a citation key can point into for a check of `provider`. */
export function frameworksFor(key: string, provider: Provider, frameworks: readonly Framework[] = loadFrameworks()): Framework[] {
  return frameworks.filter((f) => keyOf(f) === key && (f.scope === provider || f.scope === 'common'));
}

export type Resolution = { ok: true; cited: CitedControl } | { ok: false; problem: string };

/** Finds the one control a citation names; anything else (no file, no such id, several files) is a problem. */
export function resolveCitation(citation: Citation, provider: Provider, frameworks: readonly Framework[] = loadFrameworks()): Resolution {
  const candidates = frameworksFor(citation.key, provider, frameworks);
  if (!candidates.length) return { ok: false, problem: `no framework file is cited as "${citation.key}" for ${provider} (frameworks/${provider}/, src/frameworks/citation-keys.ts)` };
  const hits = candidates.flatMap((f) => f.controls.filter((c) => c.id === citation.id).map((control) => ({ framework: f.framework, control, file: f.file })));
  if (hits.length === 1) return { ok: true, cited: { framework: hits[0]!.framework, control: hits[0]!.control } };
  if (!hits.length) return { ok: false, problem: `"${citation.id}" is not a control of ${candidates.map((f) => `${f.framework.id} ${f.framework.version}`).join(', ')}` };
  return { ok: false, problem: `"${citation.id}" occurs in ${hits.length} framework files (${hits.map((h) => h.file).join(', ')})` };
}

/** Every control a check cites, in citation order; throws on a citation that does not resolve (the meta-test names them all first). */
export function citedControls(provider: Provider, references: References, frameworks: readonly Framework[] = loadFrameworks()): CitedControl[] {
  return citationsOf(references).map((citation) => {
    const resolution = resolveCitation(citation, provider, frameworks);
    if (!resolution.ok) throw new Error(`${citation.key} ${citation.id}: ${resolution.problem}`);
    return resolution.cited;
  });
}
