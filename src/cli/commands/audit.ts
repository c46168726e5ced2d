import type { Command } from 'commander';
import { loadCatalog } from '../../core/catalog.js';
import { ConfigError } from '../../core/errors.js';
import type { Severity } from '../../core/model.js';
import { loadConfig } from '../../config/load-config.js';
import type { OutputFormat } from '../../output/write-outputs.js';
import type { Redactor } from '../../redaction/redactor.js';
import { consoleReporter } from '../console-log.js';
import { appendixOption, failOnOption, frameworkOption, historyOption, formatOption, globalFlags, narrowConfig, outOption, positiveInt } from '../options.js';
import { runAndReport } from '../run-and-report.js';
import { addNetworkOptions, networkRuntime, type NetworkFlags } from '../network-options.js';

/** `audit`: collects every tenant of a config, judges it and writes the reports. */
export function registerAuditCommand(program: Command, redactor: Redactor): void {
  const command = program
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
    .addOption(appendixOption())
    .addOption(frameworkOption())
    .addOption(historyOption())
    .option('--per-tenant', 'also write each tenant\'s own reports under <out>/tenants/<name>/ (to hand each client its own)');
  addNetworkOptions(command);
  command
    .addHelpText('after', `
Examples:
  $ tenant-audit audit --config tenants.yaml
  $ tenant-audit audit -c clients.yaml -o out --concurrency 16 --fail-on high --compare last/results.json
  $ tenant-audit audit -c clients.yaml --tenant contoso fabrikam --checks m365-ca- m365-mfa-
  $ tenant-audit audit -c clients.yaml -o out --per-tenant     # out/tenants/<name>/report.html for each client
  $ tenant-audit audit -c tenants.yaml --fail-on high --compare last/results.json --new-only   # gate on regressions only`)
    .action(async (opts: { config: string; out: string; failOn?: Severity | 'none'; format: OutputFormat[]; concurrency?: number; compare?: string; newOnly?: boolean; saveSnapshots?: boolean; tenant?: string[]; checks?: string[]; perTenant?: boolean; appendix?: boolean; framework?: string; history?: string } & NetworkFlags, command: Command) => {
      const reporter = consoleReporter(globalFlags(command), redactor);
      if (opts.newOnly && !opts.compare) throw new ConfigError('--new-only needs --compare <earlier results.json>');
      const catalog = await loadCatalog();
      const config = narrowConfig(await loadConfig(opts.config, catalog), opts.config, catalog, { tenants: opts.tenant, checks: opts.checks });
      const { code } = await runAndReport(config, { out: opts.out, concurrency: opts.concurrency, failOn: opts.failOn, formats: opts.format, compare: opts.compare, network: networkRuntime(opts), env: process.env, saveSnapshots: Boolean(opts.saveSnapshots), perTenant: Boolean(opts.perTenant), failOnNewOnly: Boolean(opts.newOnly), appendix: Boolean(opts.appendix), framework: opts.framework, history: opts.history }, reporter);
      process.exitCode = code;
    });
}
