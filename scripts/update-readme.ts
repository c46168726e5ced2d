/**
 * Rewrites the generated blocks of README.md and docs/results-schema.md from the live catalog, so the
 * permissions, set-up steps and check tables are never typed twice.
 *
 *   npm run docs            rewrite the blocks
 *   npm run docs -- --check exit 1 when a block is out of date (CI)
 *
 * A block is `<!-- generated:<key> -->` … `<!-- /generated -->`; everything outside blocks is prose.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checksMarkdown } from '../src/catalog/checks-listing.js';
import { permissionsFor, permissionsMarkdown } from '../src/catalog/permissions.js';
import { loadCatalog, selectChecks } from '../src/core/catalog.js';
import type { Check } from '../src/core/define-check.js';
import { AREAS, SEVERITIES, STATUSES } from '../src/core/model.js';
import { availableProviders, providerModule } from '../src/connectors/registry.js';
import { CSV_COLUMNS } from '../src/report/csv.js';
import { RESULTS_SCHEMA_VERSION } from '../src/core/results.js';
import { runIfInvoked, writeOrCheck } from './generated-files.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The documents that hold generated blocks, relative to the repository root. */
export const DOCUMENTS = ['README.md', 'docs/results-schema.md'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

const BLOCK = /<!-- generated:([a-z0-9:-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

/** Set-up steps are prose from the registry: keep `<placeholders>` visible and URL lists copyable. */
function inlineMarkdown(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .replace(/https:\/\/[^\s,]+(?:,https:\/\/[^\s,]+)*/g, (urls) => `\`${urls.replace(/[.;:]$/, '')}\`${/[.;:]$/.test(urls) ? urls.slice(-1) : ''}`);
}

function catalogSummary(catalog: readonly Check[]): string {
  const providers = availableProviders();
  const count = (filter: (c: Check) => boolean) => catalog.filter(filter).length;
  const rows = providers.map((p) => {
    const label = providerModule(p).label;
    const cells = AREAS.map((area) => String(count((c) => c.meta.provider === p && c.meta.area === area) || '—'));
    return `| ${label} | ${count((c) => c.meta.provider === p)} | ${cells.join(' | ')} |`;
  });
  return [
    `| Provider | Checks | ${AREAS.join(' | ')} |`,
    `| --- | --: | ${AREAS.map(() => '--:').join(' | ')} |`,
    ...rows,
    `| **All** | **${catalog.length}** | ${AREAS.map((area) => count((c) => c.meta.area === area)).join(' | ')} |`,
  ].join('\n');
}

function unreadableList(catalog: readonly Check[]): string {
  const unreadable = catalog.filter((c) => c.unreadable);
  if (!unreadable.length) return '_Every check in the catalog can be read through the providers’ APIs._';
  return unreadable.map((c) => `- \`${c.meta.id}\` (${providerModule(c.meta.provider).label}), *${c.meta.title}*: ${inlineMarkdown(c.unreadable!)}`).join('\n');
}

function bulletList(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(' · ');
}

export const EXAMPLE_CONFIG = 'docs/tenants.example.yaml';

/** The example config as the README shows it: the file itself, without its leading comment header. */
export function exampleConfigBlock(yaml: string): string {
  const lines = yaml.replace(/\s+$/, '').split('\n');
  const body = lines.findIndex((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  return ['```yaml', ...lines.slice(Math.max(body, 0)), '```'].join('\n');
}

/** Every block each document must hold, keyed by marker name. */
export async function generatedBlocks(root = ROOT): Promise<Record<DocumentName, Map<string, string>>> {
  const catalog = await loadCatalog();
  const readme = new Map<string, string>();
  readme.set('catalog-summary', catalogSummary(catalog));
  readme.set('example-config', exampleConfigBlock(await readFile(join(root, EXAMPLE_CONFIG), 'utf8')));
  for (const provider of availableProviders()) {
    const module = providerModule(provider);
    const checks = selectChecks(catalog, { providers: [provider] });
    readme.set(`setup:${provider}`, module.setupSteps.map((step, i) => `${i + 1}. ${inlineMarkdown(step)}`).join('\n'));
    readme.set(`permissions:${provider}`, permissionsMarkdown(module, permissionsFor(module, checks)));
    readme.set(`checks:${provider}`, checksMarkdown(checks));
  }
  readme.set('unreadable', unreadableList(catalog));

  const schema = new Map<string, string>();
  schema.set(
    'enums',
    [
      `- \`schemaVersion\`: \`"${RESULTS_SCHEMA_VERSION}"\``,
      `- \`status\`: ${bulletList(STATUSES)}`,
      `- \`severity\` (highest first): ${bulletList(SEVERITIES)}`,
      `- \`area\`: ${bulletList(AREAS)}`,
      `- \`provider\`: ${bulletList(availableProviders())}`,
    ].join('\n'),
  );
  schema.set('csv-columns', CSV_COLUMNS.map((c) => `\`${c}\``).join(', '));
  return { 'README.md': readme, 'docs/results-schema.md': schema };
}

/**
 * Replaces each block's body; throws when the document lacks a block it must hold or holds one
 * nobody generates (a renamed provider, a typo), so neither can go unnoticed.
 */
export function fillBlocks(document: string, text: string, blocks: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  const filled = text.replace(BLOCK, (_whole, key: string) => {
    const body = blocks.get(key);
    if (body === undefined) throw new Error(`${document}: no generator for block "${key}"`);
    if (seen.has(key)) throw new Error(`${document}: block "${key}" appears twice`);
    seen.add(key);
    return `<!-- generated:${key} -->\n${body}\n<!-- /generated -->`;
  });
  const missing = [...blocks.keys()].filter((key) => !seen.has(key));
  if (missing.length) throw new Error(`${document}: missing generated block(s) ${missing.map((k) => `<!-- generated:${k} -->`).join(', ')}`);
  return filled;
}

/** What each document should contain, next to what it contains now. */
export async function documentsState(root = ROOT): Promise<{ name: DocumentName; path: string; current: string; expected: string }[]> {
  const blocks = await generatedBlocks(root);
  return Promise.all(
    DOCUMENTS.map(async (name) => {
      const path = join(root, name);
      const current = await readFile(path, 'utf8');
      return { name, path, current, expected: fillBlocks(name, current, blocks[name]) };
    }),
  );
}

async function main(argv: readonly string[]): Promise<number> {
  return writeOrCheck(await documentsState(), argv, { command: 'npm run docs', upToDate: 'Generated blocks already up to date' });
}

await runIfInvoked(import.meta.url, 'update-readme', main);
