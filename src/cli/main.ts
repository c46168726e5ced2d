import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { checksMarkdown, checksText, listChecks } from '../catalog/checks-listing.js';
import { permissionsFor, permissionsMarkdown, permissionsText } from '../catalog/permissions.js';
import { loadCatalog, selectChecks } from '../core/catalog.js';
import { defaultSleep } from '../core/connector.js';
import { AuditError, ConfigError } from '../core/errors.js';
import { SEVERITIES, type Provider, type Severity, type Snapshot } from '../core/model.js';
import { DEFAULT_TENANT_SETTINGS } from '../core/tenant-settings.js';
import { loadConfig, type AuditConfig } from '../config/load-config.js';
import { availableProviders, providerModule } from '../connectors/registry.js';
import { DEMO_ENV, startDemoTenants } from '../demo/demo-tenants.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { OUTPUT_FORMATS, loadPreviousResults, writeOutputs, type OutputFormat } from '../output/write-outputs.js';
import { assembleResults } from '../runner/run-audit.js';
import { auditedTenant, checksForTenant, collectSnapshot, judgeSnapshot } from '../runner/tenant-audit.js';
import { readSnapshot } from '../runner/read-snapshot.js';
import { TOOL } from '../version.js';
import { consoleReporter } from './console-log.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { runAndReport } from './run-and-report.js';

const DEFAULT_OUT = 'tenant-audit-output';

function positiveInt(value: string): number {
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

const failOnOption = () => new Option('--fail-on <severity>', 'exit 1 when a check fails at or above this severity').choices([...SEVERITIES, 'none']);
const outOption = () => new Option('-o, --out <dir>', 'folder for the reports').default(DEFAULT_OUT);
const formatOption = () => new Option('--format <list>', `comma-separated outputs (${OUTPUT_FORMATS.join(',')}); results.json is always written`).argParser(formats).default([...OUTPUT_FORMATS]);

function globalFlags(command: Command): { quiet: boolean; verbose: boolean } {
  const opts = command.optsWithGlobals<{ quiet?: boolean; verbose?: boolean }>();
  return { quiet: Boolean(opts.quiet), verbose: Boolean(opts.verbose) };
}

/** Keeps the named tenants (all when none named) and restricts every tenant to the named checks. */
function narrowConfig(config: AuditConfig, file: string, tenants?: string[], checks?: string[]): AuditConfig {
  const unknown = (tenants ?? []).filter((name) => !config.tenants.some((t) => t.name === name));
  if (unknown.length) throw new ConfigError(`${file}: no tenant named ${unknown.join(', ')}`, file, 'tenants');
  const kept = tenants ? config.tenants.filter((t) => tenants.includes(t.name)) : config.tenants;
  return {
    ...config,
    tenants: checks ? kept.map((t) => ({ ...t, checks: { ...t.checks, include: checks } })) : kept,
  };
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('tenant-audit')
    .description('Audits Microsoft 365, Google Workspace and Salesforce tenants for the security settings the customer owns under the shared responsibility model.')
    .version(TOOL.version)
    .option('-q, --quiet', 'print only errors')
    .option('-v, --verbose', 'print per-tenant progress (request counts, retries)')
    .showHelpAfterError()
    .addHelpText('after', `
Exit codes: 0 no failing check at or above --fail-on (default: none), 1 failures at or above it,
            2 usage or config error, 3 a tenant could not be audited at all.

Examples:
  $ tenant-audit demo
  $ tenant-audit audit --config tenants.yaml --out reports/2026-11 --fail-on high
  $ tenant-audit permissions m365`);

  program
    .command('audit')
    .description('collect every tenant in the config, judge it, and write results.json, report.html, results.csv, summary.md and action-plan.csv')
    .requiredOption('-c, --config <file>', 'tenants.yaml')
    .addOption(outOption())
    .addOption(failOnOption())
    .addOption(formatOption())
    .option('--concurrency <n>', 'tenants audited at once (default 4, or defaults.concurrency)', positiveInt)
    .option('--compare <results.json>', 'an earlier results.json: the report shows what changed since (drift)')
    .option('--new-only', 'with --compare and --fail-on: exit 1 only for failures that are new since the compared run')
    .option('--save-snapshots', 'also save each tenant snapshot under <out>/snapshots/')
    .option('-t, --tenant <name...>', 'only these tenants of the config')
    .option('--checks <ids...>', 'only these checks (ids, or prefixes ending in - such as m365-ca-)')
    .option('--per-tenant', 'also write each tenant\'s own reports under <out>/tenants/<name>/ (to hand each client its own)')
    .option('--max-tries <n>', 'tries per API request when throttled', positiveInt, 5)
    .addHelpText('after', `
Examples:
  $ tenant-audit audit --config tenants.yaml
  $ tenant-audit audit -c clients.yaml -o out --concurrency 16 --fail-on high --compare last/results.json
  $ tenant-audit audit -c clients.yaml --tenant contoso fabrikam --checks m365-ca- m365-mfa-
  $ tenant-audit audit -c clients.yaml -o out --per-tenant     # out/tenants/<name>/report.html for each client
  $ tenant-audit audit -c tenants.yaml --fail-on high --compare last/results.json --new-only   # gate on regressions only`)
    .action(async (opts: { config: string; out: string; failOn?: Severity | 'none'; format: OutputFormat[]; concurrency?: number; compare?: string; newOnly?: boolean; saveSnapshots?: boolean; tenant?: string[]; checks?: string[]; perTenant?: boolean; maxTries: number }, command: Command) => {
      const reporter = consoleReporter(globalFlags(command));
      if (opts.newOnly && !opts.compare) throw new ConfigError('--new-only needs --compare <earlier results.json>');
      const config = narrowConfig(await loadConfig(opts.config), opts.config, opts.tenant, opts.checks);
      const { code } = await runAndReport(config, { out: opts.out, concurrency: opts.concurrency, failOn: opts.failOn, formats: opts.format, compare: opts.compare, maxTries: opts.maxTries, env: process.env, saveSnapshots: Boolean(opts.saveSnapshots), perTenant: Boolean(opts.perTenant), failOnNewOnly: Boolean(opts.newOnly) }, reporter);
      process.exitCode = code;
    });

  program
    .command('collect')
    .description('read tenants into snapshots (JSON) without judging them; evaluate them later, offline')
    .requiredOption('-c, --config <file>', 'tenants.yaml')
    .addOption(outOption())
    .option('-t, --tenant <name...>', 'only these tenants')
    .option('--max-tries <n>', 'tries per API request when throttled', positiveInt, 5)
    .addHelpText('after', `
Examples:
  $ tenant-audit collect --config tenants.yaml --out snapshots
  $ tenant-audit evaluate --snapshot snapshots/contoso.snapshot.json`)
    .action(async (opts: { config: string; out: string; tenant?: string[]; maxTries: number }, command: Command) => {
      const reporter = consoleReporter(globalFlags(command));
      const config = narrowConfig(await loadConfig(opts.config), opts.config, opts.tenant);
      const tenants = config.tenants;
      const catalog = await loadCatalog();
      let failed = 0;
      for (const tenant of tenants) {
        try {
          const snapshot = await collectSnapshot(tenant, checksForTenant(tenant, catalog), { configDir: config.dir, env: process.env, sleep: defaultSleep, maxTries: opts.maxTries }, reporter.tenantLog(tenant.name));
          const path = join(resolve(opts.out), `${tenant.name}.snapshot.json`);
          await writeFileAtomic(path, `${JSON.stringify(snapshot, null, 2)}\n`);
          reporter.line(`${tenant.name}: snapshot written to ${path}`);
        } catch (error) {
          failed++;
          process.stderr.write(`${tenant.name}: could not be collected: ${error instanceof Error ? error.message : String(error)}\n`);
        }
      }
      process.exitCode = failed ? EXIT.tenantFailed : EXIT.ok;
    });

  program
    .command('evaluate')
    .description('judge saved snapshots offline and write the same reports as audit')
    .requiredOption('-s, --snapshot <file...>', 'snapshot file(s) written by collect or audit --save-snapshots')
    .option('-c, --config <file>', 'tenants.yaml, for per-tenant check filters and waivers')
    .addOption(outOption())
    .addOption(failOnOption())
    .addOption(formatOption())
    .option('--compare <results.json>', 'an earlier results.json to show drift against')
    .addHelpText('after', `
Example:
  $ tenant-audit evaluate --snapshot snapshots/*.snapshot.json --out offline-report`)
    .action(async (opts: { snapshot: string[]; config?: string; out: string; failOn?: Severity | 'none'; format: OutputFormat[]; compare?: string }, command: Command) => {
      const reporter = consoleReporter(globalFlags(command));
      const config = opts.config ? await loadConfig(opts.config) : undefined;
      const catalog = await loadCatalog();
      const startedAt = new Date();
      const tenants = [];
      for (const file of opts.snapshot) {
        const started = Date.now();
        const snapshot: Snapshot = await readSnapshot(file);
        const tenant = config?.tenants.find((t) => t.name === snapshot.tenant.name) ?? { name: snapshot.tenant.name, provider: snapshot.provider, settings: snapshot.settings ?? DEFAULT_TENANT_SETTINGS, checks: {}, waivers: [] };
        const checks = checksForTenant(tenant, catalog);
        tenants.push(auditedTenant(snapshot, judgeSnapshot(snapshot, tenant, checks), Date.now() - started));
      }
      const failOn = opts.failOn ?? config?.failOn ?? 'none';
      const results = assembleResults(tenants, { startedAt, failOn, profile: 'from snapshot' });
      const previous = opts.compare ? await loadPreviousResults(opts.compare) : undefined;
      const written = await writeOutputs(results, resolve(opts.out), opts.format, previous);
      for (const [format, path] of Object.entries(written)) if (path) reporter.line(`  ${format.padEnd(4)} ${path}`);
      process.exitCode = exitCodeFor(results, failOn);
    });

  program
    .command('checks')
    .description('print the check catalog')
    .addOption(new Option('--provider <provider>', 'only this provider').choices(availableProviders()))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText('after', `
Examples:
  $ tenant-audit checks
  $ tenant-audit checks --provider m365 --format json`)
    .action(async (opts: { provider?: Provider; format: 'text' | 'json' | 'markdown' }) => {
      const checks = selectChecks(await loadCatalog(), opts.provider ? { providers: [opts.provider] } : {});
      const out = opts.format === 'json' ? JSON.stringify(listChecks(checks), null, 2) : opts.format === 'markdown' ? checksMarkdown(checks) : checksText(checks);
      process.stdout.write(`${out}\n`);
    });

  program
    .command('permissions')
    .description('print the read-only permissions (and set-up steps) the selected checks need for a provider')
    .argument('<provider>', `${availableProviders().join(' | ')} | all`)
    .option('--checks <ids...>', 'only these checks (ids or prefixes ending in -)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .addHelpText('after', `
Examples:
  $ tenant-audit permissions m365
  $ tenant-audit permissions m365 --checks m365-ca- --format markdown`)
    .action(async (provider: string, opts: { checks?: string[]; format: 'text' | 'markdown' | 'json' }) => {
      const providers = provider === 'all' ? availableProviders() : [provider as Provider];
      if (!providers.every((p) => availableProviders().includes(p))) {
        throw new ConfigError(`Unknown provider "${provider}"; use one of ${availableProviders().join(', ')} or all`);
      }
      const checks = selectChecks(await loadCatalog(), { providers, include: opts.checks });
      const blocks = providers.map((p) => {
        const module = providerModule(p);
        const rows = permissionsFor(module, checks);
        if (opts.format === 'json') return JSON.stringify({ provider: p, setupSteps: module.setupSteps, permissions: rows }, null, 2);
        return opts.format === 'markdown' ? `### ${module.label}\n\n${permissionsMarkdown(module, rows)}` : permissionsText(module, rows);
      });
      process.stdout.write(`${blocks.join('\n\n')}\n`);
    });

  program
    .command('demo')
    .description('audit the bundled demo tenants, served offline from recorded API answers on loopback, through the real connectors')
    .addOption(outOption().default(join(DEFAULT_OUT, 'demo')))
    .addOption(formatOption())
    .addHelpText('after', `
Example:
  $ npm run demo        # then open tenant-audit-output/demo/report.html`)
    .action(async (opts: { out: string; format: OutputFormat[] }, command: Command) => {
      const reporter = consoleReporter(globalFlags(command));
      const demo = await startDemoTenants();
      try {
        reporter.line(`Demo: ${demo.servers.length} tenant API doubles listening on loopback (${demo.servers.map((s) => s.baseUrl).join(', ')})`);
        const { code } = await runAndReport(demo.config, { out: opts.out, formats: opts.format, maxTries: 3, env: { ...DEMO_ENV } }, reporter);
        reporter.line(`Open ${resolve(opts.out, 'report.html')} in a browser.`);
        process.exitCode = code;
      } finally {
        await demo.close();
      }
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  // Subcommands copy settings only when created, so each needs the override: otherwise commander
  // calls process.exit(1) on a bad option value instead of the documented usage code.
  for (const command of [program, ...program.commands]) {
    command.exitOverride((error) => {
      process.exitCode = error.exitCode === 0 ? 0 : EXIT.usage;
      throw error;
    });
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && String((error as { code: string }).code).startsWith('commander.')) {
      return;
    }
    if (error instanceof AuditError) {
      process.stderr.write(`tenant-audit: ${error.message}\n`);
      process.exitCode = error instanceof ConfigError ? EXIT.usage : EXIT.tenantFailed;
      return;
    }
    process.stderr.write(`tenant-audit: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.tenantFailed;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href;
if (invokedDirectly) await main(process.argv);
