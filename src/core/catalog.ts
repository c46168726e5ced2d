import { readdir } from 'node:fs/promises';
import { dirname, extname, join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Check } from './define-check.js';
import type { Provider } from './model.js';

export const PROVIDERS: readonly Provider[] = ['m365', 'gws', 'salesforce'];

const checksRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'checks');

function isCheckFile(file: string): boolean {
  const ext = extname(file);
  if (ext !== '.ts' && ext !== '.js') return false;
  return !file.endsWith('.d.ts') && !file.endsWith('.test.ts');
}

export interface LoadedCheck {
  check: Check;
  file: string;
}

/** Loads every check module under checks/<provider>/; one file, one check, file name == id. */
export async function loadCheckFiles(providers: readonly Provider[] = PROVIDERS): Promise<LoadedCheck[]> {
  const loaded: LoadedCheck[] = [];
  for (const provider of providers) {
    const folder = join(checksRoot, provider);
    let files: string[];
    try {
      files = (await readdir(folder)).filter(isCheckFile).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const module = (await import(pathToFileURL(join(folder, file)).href)) as { default?: Check };
      if (!module.default) throw new Error(`checks/${provider}/${file} has no default export`);
      loaded.push({ check: module.default, file: basename(file, extname(file)) });
    }
  }
  return loaded;
}

let cache: Promise<Check[]> | undefined;

export function loadCatalog(): Promise<Check[]> {
  cache ??= loadCheckFiles().then((all) => all.map((entry) => entry.check));
  return cache;
}

/** The fixed texts the checks put in every result (Redactor.trust): written by us, never holding a tenant's secret. */
export function catalogTexts(checks: readonly Check[]): string[] {
  return checks.flatMap(({ meta }) => [meta.title, meta.rationale, meta.remediation, meta.owner, ...meta.references.docs]);
}

export interface CheckSelection {
  providers?: readonly Provider[];
  /** Check ids or id prefixes to keep (e.g. "m365-ca-"). */
  include?: readonly string[];
  exclude?: readonly string[];
}

export function selectChecks(checks: readonly Check[], selection: CheckSelection): Check[] {
  const matches = (id: string, patterns: readonly string[]) => patterns.some((p) => id === p || (p.endsWith('-') || p.endsWith('*') ? id.startsWith(p.replace(/\*$/, '')) : false));
  return checks.filter((check) => {
    const { id, provider } = check.meta;
    if (selection.providers && !selection.providers.includes(provider)) return false;
    if (selection.include?.length && !matches(id, selection.include)) return false;
    if (selection.exclude?.length && matches(id, selection.exclude)) return false;
    return true;
  });
}
