import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/load-config.js';
import { loadCatalog, selectChecks } from '../../src/core/catalog.js';
import { RESULTS_SCHEMA_VERSION } from '../../src/core/results.js';
import { availableProviders } from '../../src/connectors/registry.js';
import { documentsState, EXAMPLE_CONFIG, exampleConfigBlock, fillBlocks, ROOT } from '../../scripts/update-readme.js';
import { buildSampleResults } from '../report/sample-results.js';

const readme = () => readFile(join(ROOT, 'README.md'), 'utf8');

describe('generated documentation blocks', () => {
  it('README.md and docs/results-schema.md match the live catalog (run `npm run docs` if this fails)', async () => {
    for (const doc of await documentsState()) {
      expect(doc.current, `${doc.name} is out of date: run npm run docs`).toBe(doc.expected);
    }
  });

  it('holds a permissions, set-up and checks block for every provider', async () => {
    const text = await readme();
    for (const provider of availableProviders()) {
      for (const kind of ['setup', 'permissions', 'checks']) {
        expect(text).toContain(`<!-- generated:${kind}:${provider} -->`);
      }
    }
  });

  it('lists every check id in the README', async () => {
    const text = await readme();
    const missing = (await loadCatalog()).map((c) => c.meta.id).filter((id) => !text.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });
});

describe('fillBlocks', () => {
  const blocks = new Map([
    ['a', 'new A'],
    ['b', 'new B'],
  ]);
  const doc = (...parts: string[]) => parts.join('\n');

  it('replaces only the bodies between markers and keeps the prose', () => {
    const text = doc('intro', '<!-- generated:a -->', 'old A', 'more old', '<!-- /generated -->', 'middle', '<!-- generated:b -->', '<!-- /generated -->', 'end');
    expect(fillBlocks('X.md', text, blocks)).toBe(
      doc('intro', '<!-- generated:a -->', 'new A', '<!-- /generated -->', 'middle', '<!-- generated:b -->', 'new B', '<!-- /generated -->', 'end'),
    );
  });

  it('is idempotent', () => {
    const once = fillBlocks('X.md', doc('<!-- generated:a -->', '<!-- /generated -->', '<!-- generated:b -->', 'x', '<!-- /generated -->'), blocks);
    expect(fillBlocks('X.md', once, blocks)).toBe(once);
  });

  it('refuses a document that lacks a block (a new provider must get its tables)', () => {
    expect(() => fillBlocks('X.md', doc('<!-- generated:a -->', '<!-- /generated -->'), blocks)).toThrow(/missing generated block.*generated:b/);
  });

  it('refuses a block nobody generates', () => {
    const text = doc('<!-- generated:a -->', '<!-- /generated -->', '<!-- generated:b -->', '<!-- /generated -->', '<!-- generated:typo -->', '<!-- /generated -->');
    expect(() => fillBlocks('X.md', text, blocks)).toThrow(/no generator for block "typo"/);
  });

  it('refuses a block that appears twice', () => {
    const text = doc('<!-- generated:a -->', '<!-- /generated -->', '<!-- generated:a -->', '<!-- /generated -->', '<!-- generated:b -->', '<!-- /generated -->');
    expect(() => fillBlocks('X.md', text, blocks)).toThrow(/appears twice/);
  });
});

describe('docs/tenants.example.yaml', () => {
  const file = join(ROOT, EXAMPLE_CONFIG);

  it('loads through the real config loader', async () => {
    const config = await loadConfig(file);
    expect(config.failOn).toBe('high');
    expect(config.tenants.map((t) => t.provider).sort()).toEqual(['gws', 'm365', 'm365', 'salesforce']);
  });

  it('shows each credential kind the README promises, all by file or environment variable', async () => {
    const config = await loadConfig(file);
    const auth = (name: string) => config.tenants.find((t) => t.name === name)!.entry['auth'] as Record<string, unknown>;
    expect(auth('contoso')).toMatchObject({ type: 'certificate', certificateFile: expect.any(String) });
    expect(config.tenants.find((t) => t.name === 'agency-gcch')!.entry['cloud']).not.toBe('global');
    expect(auth('agency-gcch')).toMatchObject({ type: 'secret', clientSecretEnv: expect.any(String) });
    expect(auth('northwind')).toMatchObject({ type: 'serviceAccount', keyFile: expect.any(String), subject: expect.stringContaining('@') });
    expect(auth('acme-sf')).toMatchObject({ type: 'jwt', privateKeyFile: expect.any(String) });
    const secretFields = /secret|key|password|token|certificate/i;
    const allowed = new Set(['type', 'clientId', 'subject', 'username', 'loginUrl', 'certificateFile', 'certificateEnv', 'certificatePasswordEnv', 'clientSecretEnv', 'clientSecretFile', 'keyFile', 'keyEnv', 'privateKeyFile', 'privateKeyEnv', 'tokenEnv']);
    for (const tenant of config.tenants) {
      for (const field of Object.keys(auth(tenant.name))) {
        expect(allowed.has(field) || !secretFields.test(field), `${tenant.name}: auth.${field} could hold an inline secret`).toBe(true);
      }
    }
  });

  it('uses every setting the README documents', async () => {
    const config = await loadConfig(file);
    const text = await readFile(file, 'utf8');
    for (const setting of ['profile', 'breakGlassAccounts', 'globalAdminRange', 'privilegedUserCap', 'privilegedUserAllowList', 'dormantDays', 'include', 'exclude', 'waivers', 'expires']) {
      expect(text).toContain(`${setting}:`);
    }
    expect(config.tenants.find((t) => t.name === 'contoso')!.waivers[0]).toMatchObject({ reason: expect.any(String), expires: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('names only checks that exist (ids in waivers, ids or prefixes in filters)', async () => {
    const config = await loadConfig(file);
    const catalog = await loadCatalog();
    for (const tenant of config.tenants) {
      for (const pattern of [...(tenant.checks.include ?? []), ...(tenant.checks.exclude ?? [])]) {
        expect(selectChecks(catalog, { include: [pattern] }).length, `${tenant.name}: ${pattern}`).toBeGreaterThan(0);
      }
      for (const waiver of tenant.waivers) {
        expect(catalog.some((c) => c.meta.id === waiver.check && c.meta.provider === tenant.provider), `${tenant.name}: waiver ${waiver.check}`).toBe(true);
      }
    }
  });

  it('is shown in the README from the file itself', async () => {
    expect(await readme()).toContain(exampleConfigBlock(await readFile(file, 'utf8')));
  });
});

/** `npx tenant-audit <command> …` and `npm run tenant-audit -- <command> …` lines of the README's code blocks. */
function documentedInvocations(markdown: string): { line: string; command: string; flags: string[] }[] {
  const blocks = [...markdown.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/\\\n\s*/g, ' '));
  const out: { line: string; command: string; flags: string[] }[] = [];
  for (const line of blocks.flatMap((b) => b.split('\n'))) {
    const match = /(?:npx tenant-audit|npm run tenant-audit --)\s+(\S+)(.*)/.exec(line);
    if (!match) continue;
    const flags = [...match[2]!.matchAll(/(?:^|[\s+])(--?[a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
    out.push({ line: line.trim(), command: match[1]!, flags });
  }
  return out;
}

describe('README commands', () => {
  it('documents only commands and flags the CLI has', async () => {
    const program = await buildProgram();
    const invocations = documentedInvocations(await readme());
    expect(invocations.length).toBeGreaterThan(8);
    const globalFlags = program.options.flatMap((o) => [o.long, o.short]);
    for (const { line, command, flags } of invocations) {
      const sub = program.commands.find((c) => c.name() === command);
      expect(sub, `unknown command in: ${line}`).toBeDefined();
      // A command with subcommands (discover m365) takes the flags of the one the line names.
      const words = line.split(/\s+/);
      const target = sub!.commands.find((c) => words.includes(c.name())) ?? sub!;
      const known = new Set([...globalFlags, ...target.options.flatMap((o) => [o.long, o.short])]);
      for (const flag of flags) expect(known.has(flag), `unknown flag ${flag} in: ${line}`).toBe(true);
    }
  });

  it('covers every command of the CLI', async () => {
    const documented = new Set(documentedInvocations(await readme()).map((i) => i.command));
    const text = await readme();
    for (const command of (await buildProgram()).commands.map((c) => c.name())) {
      expect(documented.has(command) || text.includes(`npm run ${command}`), `command ${command} has no example`).toBe(true);
    }
  });

  it('documents every exit code', async () => {
    const text = await readme();
    const { EXIT } = await import('../../src/cli/exit-codes.js');
    for (const code of Object.values(EXIT)) expect(text).toMatch(new RegExp(`\\n\\| ${code} \\|`));
  });
});

describe('docs/results-schema.md', () => {
  /** Every property name in a results.json, except keys that are data (framework names under references.other). */
  function fieldNames(value: unknown, into = new Set<string>()): Set<string> {
    if (Array.isArray(value)) for (const item of value) fieldNames(item, into);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        into.add(key);
        if (key !== 'other') fieldNames(child, into);
      }
    }
    return into;
  }

  it('documents every field a results.json carries', async () => {
    const text = await readFile(join(ROOT, 'docs/results-schema.md'), 'utf8');
    const undocumented = [...fieldNames(buildSampleResults())].filter((field) => !text.includes(`\`${field}\``));
    expect(undocumented).toEqual([]);
    expect(text).toContain(`\`"${RESULTS_SCHEMA_VERSION}"\``);
  });
});
