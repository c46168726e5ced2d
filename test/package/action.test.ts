import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

interface Step { name?: string; id?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; if?: string; with?: Record<string, string> }
interface Action { inputs: Record<string, { required?: boolean; default?: string }>; runs: { using: string; steps: Step[] } }

/** Stands in for the CLI: records its arguments, writes the reports a run writes, exits with FAKE_EXIT. */
const FAKE_CLI = `#!/usr/bin/env node
const { mkdirSync, writeFileSync } = require('node:fs');
const args = process.argv.slice(2);
writeFileSync(process.env.FAKE_ARGS_FILE, JSON.stringify(args));
const out = args[args.indexOf('--out') + 1];
if (process.env.FAKE_EXIT !== '2') {
  mkdirSync(out, { recursive: true });
  writeFileSync(out + '/summary.md', '## tenant-audit summary\\n');
  if (args[args.indexOf('--format') + 1].includes('sarif')) writeFileSync(out + '/results.sarif', '{}');
}
process.exit(Number(process.env.FAKE_EXIT));
`;

describe('the GitHub Action', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
  let dir = '';

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-action-'));
    await writeFile(join(dir, 'fake-cli.cjs'), FAKE_CLI);
    await chmod(join(dir, 'fake-cli.cjs'), 0o755);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function auditStep(inputs: Record<string, string>, exit: number) {
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary'), '# job\n');
    const env = {
      PATH: process.env.PATH ?? '',
      TENANT_AUDIT_BIN: join(dir, 'fake-cli.cjs'),
      FAKE_EXIT: String(exit),
      FAKE_ARGS_FILE: join(dir, 'args.json'),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      ...inputs,
    };
    let code = 0;
    try {
      await run('bash', [join(ROOT, 'action', 'run-audit.sh')], { cwd: dir, env });
    } catch (error) {
      code = (error as { code: number }).code;
    }
    const outputs = Object.fromEntries((await readFile(join(dir, 'output'), 'utf8')).trim().split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)));
    return { code, outputs, args: JSON.parse(await readFile(join(dir, 'args.json'), 'utf8')) as string[], summary: await readFile(join(dir, 'summary'), 'utf8') };
  }

  it('is a composite action whose run steps name their shell and pass every audit input to the script', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run) expect(step.shell, step.name).toBe('bash');
    const audit = action.runs.steps.find((s) => s.id === 'audit')!;
    expect(Object.values(audit.env!)).toEqual(expect.arrayContaining(['config', 'out', 'formats', 'fail-on', 'compare', 'args'].map((name) => `\${{ inputs.${name} }}`)));
    expect(action.inputs.config!.required).toBe(true);
  });

  it('runs the audit with the inputs, appends summary.md to the job summary, and hands on exit code 1 without failing the step', async () => {
    await writeFile(join(dir, 'last.json'), '{}');
    const { code, outputs, args, summary } = await auditStep({ INPUT_CONFIG: 'tenants.yaml', INPUT_OUT: 'out', INPUT_FAIL_ON: 'high', INPUT_COMPARE: 'last.json', INPUT_ARGS: '--tenant contoso --checks m365-ca-' }, 1);
    expect(code).toBe(0);
    expect(args).toEqual(['audit', '--config', 'tenants.yaml', '--out', 'out', '--format', 'json,html,csv,actions,md,sarif,junit', '--fail-on', 'high', '--compare', 'last.json', '--tenant', 'contoso', '--checks', 'm365-ca-']);
    expect(outputs).toEqual({ 'exit-code': '1', out: 'out', sarif: 'out/results.sarif' });
    expect(summary).toBe('# job\n## tenant-audit summary\n');
  });

  it('leaves out --compare when the earlier results do not exist (a first run), and --fail-on when not given', async () => {
    const { args, outputs } = await auditStep({ INPUT_CONFIG: 'tenants.yaml', INPUT_COMPARE: 'missing.json', INPUT_FORMATS: 'json,md' }, 0);
    expect(args).toEqual(['audit', '--config', 'tenants.yaml', '--out', 'tenant-audit-output', '--format', 'json,md']);
    expect(outputs).toEqual({ 'exit-code': '0', out: 'tenant-audit-output' });
  });

  it('fails the step at once on a usage or config error (exit 2)', async () => {
    const { code, outputs } = await auditStep({ INPUT_CONFIG: 'tenants.yaml' }, 2);
    expect(code).toBe(2);
    expect(outputs['exit-code']).toBe('2');
  });
});
