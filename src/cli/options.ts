import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../core/errors.js';
import { SEVERITIES } from '../core/model.js';
import { checksFlagProblem } from '../config/check-references.js';
import type { AuditConfig } from '../config/load-config.js';
import type { Check } from '../core/define-check.js';
import { DEFAULT_FORMATS, OUTPUT_FORMATS, type OutputFormat } from '../output/write-outputs.js';
import { loadFrameworks } from '../frameworks/load-frameworks.js';
import { frameworkChoices } from '../report/framework-compliance.js';

export const DEFAULT_OUT = 'tenant-audit-output';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

function formats(value: string): OutputFormat[] {
  const list = value.split(',').map((f) => f.trim()).filter(Boolean);
  const bad = list.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (bad.length) throw new InvalidArgumentError(`unknown format ${bad.join(', ')}; use ${OUTPUT_FORMATS.join(',')}`);
  if (!list.includes('json')) list.unshift('json');
  return list as OutputFormat[];
}

export const failOnOption = () => new Option('--fail-on <severity>', 'exit 1 when a check fails at or above this severity').choices([...SEVERITIES, 'none']);
export const outOption = () => new Option('-o, --out <dir>', 'folder for the reports').default(DEFAULT_OUT);
export const csvBomOption = () => new Option('--csv-bom', 'start results.csv with a UTF-8 byte-order mark (for Excel on Windows)');
export const formatOption = () => new Option('--format <list>', `comma-separated outputs (${OUTPUT_FORMATS.join(',')}); results.json is always written; default ${DEFAULT_FORMATS.join(',')}`).argParser(formats).default([...DEFAULT_FORMATS]);

export const appendixOption = () => new Option('--appendix', 'print every finding and the check reference in report.html (on screen they are always there)');

export const historyOption = () => new Option('--history <dir>', 'keep each run\'s verdicts in this folder (one small file a run); the report shows score over time, first seen and fixed dates, time to fix; --compare defaults to the last kept run');

export const frameworkOption = () => new Option('--framework <id>', 'limit report.html, the CSVs and summary.md to one framework (id or family, e.g. cis-m365, scuba, nist-800-53)');

/** --framework names a framework id or family from frameworks/; checked before any tenant is audited. */
export function checkFrameworkFlag(value: string | undefined): void {
  if (value === undefined) return;
  const choices = frameworkChoices(loadFrameworks());
  if (!choices.includes(value)) throw new ConfigError(`--framework: unknown framework "${value}"; use one of ${choices.join(', ')}`, undefined, '--framework');
}

export function globalFlags(command: Command): { quiet: boolean; verbose: boolean } {
  const opts = command.optsWithGlobals<{ quiet?: boolean; verbose?: boolean }>();
  return { quiet: Boolean(opts.quiet), verbose: Boolean(opts.verbose) };
}

/**
 * Keeps the named tenants (all when none named) and restricts every tenant to the named checks,
 * refusing a --checks entry that names none of their checks or leaves a tenant with none.
 */
export function narrowConfig(config: AuditConfig, file: string, catalog: readonly Check[], narrow: { tenants?: string[]; checks?: string[] } = {}): AuditConfig {
  const { tenants, checks } = narrow;
  const unknown = (tenants ?? []).filter((name) => !config.tenants.some((t) => t.name === name));
  if (unknown.length) throw new ConfigError(`${file}: no tenant named ${unknown.join(', ')}`, file, 'tenants');
  const kept = tenants ? config.tenants.filter((t) => tenants.includes(t.name)) : config.tenants;
  const problem = checks ? checksFlagProblem(checks, kept, catalog) : undefined;
  if (problem) throw new ConfigError(`--checks: ${problem}`, undefined, '--checks');
  return {
    ...config,
    tenants: checks ? kept.map((t) => ({ ...t, checks: { ...t.checks, include: checks } })) : kept,
  };
}

