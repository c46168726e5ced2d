import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Collect, then evaluate: connectors know HTTP and nothing of verdicts, checks know the snapshot and
 * nothing of HTTP. Rules (src/rules) are shared ground both may use, so they must never reach into a
 * connector themselves. The runner wires providers, so it may import the connector registry.
 */

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Layer {
  name: string;
  files: string[];
  mayNotImport: string[];
}

const LAYERS: Layer[] = [
  { name: 'a check', files: ['checks/'], mayNotImport: ['src/connectors/'] },
  { name: 'the core', files: ['src/core/'], mayNotImport: ['src/connectors/'] },
  { name: 'the snapshot', files: ['src/snapshot/'], mayNotImport: ['src/connectors/'] },
  { name: 'a rule', files: ['src/rules/'], mayNotImport: ['src/connectors/'] },
  { name: 'a connector', files: ['src/connectors/'], mayNotImport: ['checks/', 'src/report/', 'src/output/', 'src/cli/'] },
];

function tsFilesUnder(folder: string): string[] {
  const entries = readdirSync(join(repoRoot, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every module specifier the file imports or re-exports, static or dynamic, type-only or not. */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((ref) => ref.fileName);
}

/** The repo-relative .ts file a relative specifier names; bare (package) specifiers name none. */
function resolveSpecifier(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
}

function layeringViolations(file: string, source: string): string[] {
  const layers = LAYERS.filter((layer) => layer.files.some((prefix) => file.startsWith(prefix)));
  const violations: string[] = [];
  for (const specifier of importsOf(source)) {
    const target = resolveSpecifier(file, specifier);
    if (target === undefined) continue;
    for (const layer of layers) {
      const forbidden = layer.mayNotImport.find((prefix) => target.startsWith(prefix));
      if (forbidden) violations.push(`${file} (${layer.name}) imports '${specifier}', which is under ${forbidden}`);
    }
  }
  return violations;
}

describe('layering', () => {
  const files = [...tsFilesUnder('checks'), ...tsFilesUnder('src')];

  it('finds the files and their imports', () => {
    expect(files).toContain('src/runner/run-audit.ts');
    expect(files.some((file) => file.startsWith('checks/'))).toBe(true);
    const runnerImports = importsOf(readFileSync(join(repoRoot, 'src/runner/tenant-audit.ts'), 'utf8'));
    expect(runnerImports.length).toBeGreaterThan(0);
  });

  it('keeps checks, the core, the snapshot and rules off connectors, and connectors off checks and outputs', () => {
    const violations = files.flatMap((file) => layeringViolations(file, readFileSync(join(repoRoot, file), 'utf8')));
    expect(violations).toEqual([]);
  });

  it.each([
    ['checks/m365/x.ts', "import type { A } from '../../src/connectors/m365/sections.js';"],
    ['src/core/x.ts', "export { b } from '../connectors/registry.js';"],
    ['src/snapshot/x.ts', "type C = import('../connectors/gws/config.js').C;"],
    ['src/rules/m365/x.ts', "const d = await import('../../connectors/m365/connector.js');"],
    ['src/connectors/m365/x.ts', "import { e } from '../../../checks/m365/m365-ca-mfa-all-users.js';"],
    ['src/connectors/gws/x.ts', "import { f } from '../../report/html.js';"],
    ['src/connectors/salesforce/x.ts', "import '../../output/write-outputs.js';"],
    ['src/connectors/x.ts', "import { g } from '../cli/exit-codes.js';"],
  ])('refuses %s doing %s', (file, source) => {
    expect(layeringViolations(file, source)).toHaveLength(1);
  });

  it.each([
    ['src/connectors/m365/collectors/x.ts', "import { h } from '../../../rules/m365/privileged-roles.js';"],
    ['src/connectors/m365/x.ts', "import type { M } from '../../snapshot/m365.js';"],
    ['src/runner/x.ts', "import { providerModules } from '../connectors/registry.js';"],
    ['checks/m365/x.ts', "import type { M } from '../../src/snapshot/m365.js';"],
  ])('allows %s doing %s', (file, source) => {
    expect(layeringViolations(file, source)).toEqual([]);
  });
});
