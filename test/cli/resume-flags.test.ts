import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDemoConfig } from './demo-config.js';
import { expectUsageError } from './expect-usage-error.js';
import { runCli } from './run-cli.js';

/* `audit --resume OUT` finishes a run with the flags OUT/run.json kept from the first one. */
const env = useDemoConfig('tenant-audit-resume-flags-');

const exists = (path: string) => stat(path).then(() => true, () => false);
const failingLine = (summary: string) => /^\*\*\d+ failing\*\*.*$/m.exec(summary)?.[0];

async function inFolder<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await work();
  } finally {
    process.chdir(previous);
  }
}

/** The interruption between a run and its resume. */
const PAUSE_MS = 1_100;

describe('audit --resume', () => {
  it('keeps --framework, --csv-bom, --appendix and --history of the first run', async () => {
    const out = join(env.dir, 'kept');
    const history = join(env.dir, 'history');
    const first = await runCli(['-q', 'audit', '-c', env.configFile, '-o', out, '--format', 'json,html,csv,md', '--framework', 'cis-m365', '--csv-bom', '--appendix', '--history', history]);
    expect(first.code, first.stderr).toBe(0);
    const firstSummary = await readFile(join(out, 'summary.md'), 'utf8');
    const firstJson = await readFile(join(out, 'results.json'), 'utf8');
    expect(await readdir(history)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

    // As after an interruption: one tenant without a result, reports to rebuild, the run not in the history.
    await rm(join(out, 'tenants', 'gws-demo', 'tenant-result.json'));
    await Promise.all(['results.csv', 'summary.md', 'report.html'].map((file) => rm(join(out, file))));
    await rm(history, { recursive: true });
    const resumed = await runCli(['-q', 'audit', '--resume', out, '--concurrency', '2', '--workers', '1', '--max-tries', '2', '--interrupt-grace', '1']);

    expect(resumed.code, resumed.stderr).toBe(0);
    expect(failingLine(await readFile(join(out, 'summary.md'), 'utf8'))).toBe(failingLine(firstSummary));
    expect((await readFile(join(out, 'results.csv'), 'utf8')).startsWith('\uFEFF')).toBe(true);
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<body class="print-appendix">');
    expect(html).toContain('(limited to cis-m365)');
    expect(await readdir(history)).toHaveLength(1);
    // The run keeps its first start; the report's "took" counts from the resume, not across the interruption.
    const firstResults = JSON.parse(firstJson) as { startedAt: string; resumedAt?: string };
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as { startedAt: string; resumedAt?: string; finishedAt: string };
    expect(firstResults.resumedAt).toBeUndefined();
    expect(results.startedAt).toBe(firstResults.startedAt);
    expect(Date.parse(results.resumedAt!)).toBeGreaterThan(Date.parse(firstResults.startedAt) + PAUSE_MS - 1);
    expect(html).toMatch(/resumed <time>[^<]+<\/time><\/span>\s*<span>took [^<]+ since resuming<\/span>/);
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toContain(' · resumed ');
  }, 60_000);

  it('finds a relative --compare and --history from another folder, with -c for a config that moved', async () => {
    const base = join(env.dir, 'base');
    const earlier = await runCli(['-q', 'audit', '-c', env.configFile, '-o', base, '--format', 'json']);
    expect(earlier.code, earlier.stderr).toBe(0);
    const out = join(env.dir, 'relative');
    const history = join(env.dir, 'relative-history');
    const first = await runCli(['-q', 'audit', '-c', env.configFile, '-o', out, '--format', 'json,html', '--compare', relative(process.cwd(), join(base, 'results.json')), '--history', relative(process.cwd(), history)]);
    expect(first.code, first.stderr).toBe(0);
    await rm(join(out, 'tenants', 'gws-demo', 'tenant-result.json'));
    await rm(history, { recursive: true });
    const moved = join(env.dir, 'moved.yaml');
    await copyFile(env.configFile, moved);
    const elsewhere = join(env.dir, 'elsewhere');
    await mkdir(elsewhere);

    const resumed = await inFolder(elsewhere, () => runCli(['-q', 'audit', '--resume', out, '-c', moved]));

    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await readdir(history)).toHaveLength(1);
    expect(await readdir(elsewhere)).toEqual([]);
    // run.json now names the config where it moved: the next resume needs no -c, even with the old file gone.
    expect(JSON.parse(await readFile(join(out, 'run.json'), 'utf8'))).toMatchObject({ config: moved, startedAt: JSON.parse(await readFile(join(out, 'results.json'), 'utf8')).startedAt });
    await rm(join(out, 'tenants', 'gws-demo', 'tenant-result.json'));
    await rm(env.configFile);
    try {
      const again = await inFolder(elsewhere, () => runCli(['-q', 'audit', '--resume', out]));
      expect(again.code, again.stderr).toBe(0);
    } finally {
      await copyFile(moved, env.configFile);
    }
  }, 60_000);

  it('refuses every flag run.json decides, naming them, and writes nothing (exit 2)', async () => {
    const out = join(env.dir, 'refused');
    const first = await runCli(['-q', 'audit', '-c', env.configFile, '-o', out, '--format', 'json']);
    expect(first.code, first.stderr).toBe(0);
    const other = join(env.dir, 'other');
    const run = await runCli(['audit', '--resume', out, '--fail-on', 'high', '--format', 'json', '-t', 'gws-demo', '-o', other, '--checks', 'gws-', '--csv-bom', '--framework', 'cis-m365']);
    const line = expectUsageError(run, 'cannot be combined with --resume', join(out, 'run.json'));
    for (const flag of ['--fail-on', '--format', '-t', '-o', '--checks', '--csv-bom', '--framework']) expect(line).toContain(`${flag}`);
    expect(line).not.toContain('--resume,');
    expect(await exists(other)).toBe(false);
  }, 60_000);

  it('says a folder `demo` wrote cannot be resumed (exit 2)', async () => {
    const out = join(env.dir, 'demo-out');
    const demo = await runCli(['-q', 'demo', '-o', out, '--format', 'json']);
    expect(demo.code, demo.stderr).toBe(0);
    expectUsageError(await runCli(['audit', '--resume', out]), `${out} was written by \`demo\`, which cannot be resumed; run \`demo\` again`);
  }, 60_000);
});

describe('a run.json --resume cannot trust', () => {
  const valid = () => ({ kind: 'tenant-audit-run', startedAt: '2026-12-01T10:00:00.000Z', config: env.configFile, only: {}, formats: ['json'] });

  it.each([
    ['failOn', { failOn: 'bogus' }],
    ['only.tenants', { only: { tenants: 'gws-demo' } }],
    ['only.checks[0]', { only: { checks: [5] } }],
    ['formats', { formats: [] }],
    ['appendix', { appendix: 'yes' }],
    ['csvBom', { csvBom: 1 }],
    ['compare', { compare: 5 }],
    ['history', { history: ['h'] }],
    ['framework', { framework: false }],
  ])('is refused naming run.json and %s (exit 2)', async (field, patch) => {
    const out = join(env.dir, `bad-${field.replace(/\W/g, '-')}`);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'run.json'), JSON.stringify({ ...valid(), ...patch }));
    expectUsageError(await runCli(['audit', '--resume', out]), `${join(out, 'run.json')}: ${field}: `);
  }, 30_000);
});
