import { readFile } from 'node:fs/promises';
import type { Check } from '../core/define-check.js';
import { ConfigError } from '../core/errors.js';
import { parseConfig } from '../config/load-config.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { mergeTenantEntries, type DiscoveredTenant, type MergedEntries } from './tenant-entries.js';

async function currentText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`${file}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
}

/**
 * Appends the discovered tenants to `file` (created when missing), whole or not at all: the result
 * must load as a tenants.yaml (every new entry's auth resolving), or nothing is written.
 */
export async function appendDiscovered(file: string, discovered: readonly DiscoveredTenant[], catalog: readonly Check[]): Promise<MergedEntries> {
  const merged = mergeTenantEntries(await currentText(file), file, discovered);
  if (merged.added.length === 0) return merged;
  try {
    parseConfig(merged.text, file, catalog);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${error.message} (after adding the discovered tenants; ${file} was left as it was)`, file, error.field);
    throw error;
  }
  await writeFileAtomic(file, merged.text);
  return merged;
}
