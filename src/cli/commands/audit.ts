import type { Command } from 'commander';
import { loadCatalog } from '../../core/catalog.js';
import { ConfigError } from '../../core/errors.js';
import type { Severity } from '../../core/model.js';
import { loadConfig } from '../../config/load-config.js';
import type { OutputFormat } from '../../output/write-outputs.js';
import type { Redactor } from '../../redaction/redactor.js';
import { consoleReporter } from '../console-log.js';
import { appendixOption, csvBomOption, failOnOption, formatOption, frameworkOption, globalFlags, historyOption, narrowConfig, outOption, positiveInt } from '../options.js';
import { notifyChanges } from '../notify-changes.js';
import { notifySpecs } from '../notify-specs.js';
import { runAndReport } from '../run-and-report.js';
import { resolve } from 'node:path';
import { readRunManifest } from '../../output/run-manifest.js';
import { watchInterrupts } from '../../runner/interrupt.js';
import { addNetworkOptions, networkRuntime, type NetworkFlags } from '../network-options.js';
import { DEFAULT_MEMORY_TARGET_MB } from '../../runner/heap-governor.js';

/** `audit`: collects every tenant of a config, judges it and writes the reports. */
export function registerAuditCommand(program: Command, redactor: Redactor): void {
  const command = program
    .command('audit')
    .description('collect every tenant in the config, judge it, and write results.json, report.html, results.csv, summary.md and action-plan.csv')
    .option('-c, --config <file>', 'tenants.yaml (not needed with --resume)')
    .addOption(outOption())
    .addOption(failOnOption())
    .addOption(formatOption())
    .addOption(csvBomOption())
    .option('--concurrency <n>', 'tenants audited at once (default 4, or defaults.concurrency)', positiveInt)
    .option('--workers <n>', 'worker threads the tenants are spread over, sharing --concurrency (default: one per CPU core once there are 100 tenants per thread; 1 audits in the main thread)', positiveInt)
    .option('--memory-target <mb>', `memory the run aims to stay near, all threads together: each thread collects its heap early once past its share (default ${DEFAULT_MEMORY_TARGET_MB})`, positiveInt)
    .option('--compare <results.json>', 'an earlier results.json: the report shows what changed since (drift)')
    .option('--new-only', 'with --compare and --fail-on: exit 1 only for failures that are new since the compared run')
    .option('--save-snapshots', 'also save each tenant snapshot as <out>/tenants/<name>/snapshot.json')
    .option('-t, --tenant <name...>', 'only these tenants of the config')
    .option('--checks <ids...>', 'only these checks (ids, or prefixes ending in - such as m365-ca-)')
    .option('--resume <out>', 'finish an interrupted run: audit only the tenants without a result in that folder, then rebuild its reports')
    .option('--interrupt-grace <seconds>', 'after SIGINT/SIGTERM, how long running tenants get to finish before they are aborted (default 10)', positiveInt)
    .option('--notify <url>', 'post a change summary (new failures, fixed, tenants not audited) to this webhook: Teams, Slack or generic JSON; repeatable, added to the config\'s notify: list', (url: string, urls: string[] = []) => [...urls, url])
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
  $ tenant-audit audit -c tenants.yaml --fail-on high --compare last/results.json --new-only   # gate on regressions only
  $ tenant-audit audit -c tenants.yaml --compare last/results.json --notify "$TEAMS_WEBHOOK_URL"
  $ tenant-audit audit --resume out   # after Ctrl-C or SIGTERM: audit the tenants not yet in out/, rebuild the reports`)
    .action(async (opts: AuditOpts & NetworkFlags, command: Command) => {
      const reporter = consoleReporter(globalFlags(command), redactor);
      const resume = opts.resume ? await readRunManifest(resolve(opts.resume)) : undefined;
      const configFile = opts.config ?? resume?.config;
      if (!configFile) throw new ConfigError('audit needs --config <tenants.yaml> (or --resume <out> of an earlier run)');
      const only = resume ? resume.only : { tenants: opts.tenant, checks: opts.checks };
      const newOnly = resume ? resume.failOnNewOnly : opts.newOnly;
      const compare = resume ? resume.compare : opts.compare;
      if (newOnly && !compare) throw new ConfigError('--new-only needs --compare <earlier results.json>');
      const catalog = await loadCatalog();
      const config = narrowConfig(await loadConfig(configFile, catalog), configFile, catalog, only ?? {});
      const notify = notifySpecs(config, opts.notify ?? [], process.env, redactor);
      const interrupt = watchInterrupts((opts.interruptGrace ?? DEFAULT_GRACE_S) * 1000, (signal) => reporter.error(`${signal}: no new tenants are started; running ones get ${opts.interruptGrace ?? DEFAULT_GRACE_S} s to finish (send it again to stop them now)`));
      try {
        const { code, results } = await runAndReport(
          config,
          {
            out: opts.resume ?? opts.out,
            concurrency: opts.concurrency,
            workers: opts.workers,
            memoryTargetMb: opts.memoryTarget,
            failOn: resume ? resume.failOn : opts.failOn,
            formats: resume ? resume.formats : opts.format,
            csvBom: Boolean(opts.csvBom),
            compare,
            appendix: Boolean(opts.appendix),
            framework: opts.framework,
            history: opts.history,
            network: networkRuntime(opts),
            env: process.env,
            saveSnapshots: Boolean(resume ? resume.saveSnapshots : opts.saveSnapshots),
            perTenant: Boolean(resume ? resume.perTenant : opts.perTenant),
            failOnNewOnly: Boolean(newOnly),
            interrupt,
            resume,
            statusLine: Boolean(process.stderr.isTTY) && !globalFlags(command).quiet,
            manifest: { config: resolve(configFile), only: { tenants: opts.tenant, checks: opts.checks } },
          },
          reporter,
        );
        if (notify.length) await notifyChanges(notify, results, compare, reporter);
        process.exitCode = code;
      } finally {
        interrupt.dispose();
      }
    });
}

type AuditOpts = { config?: string; out: string; failOn?: Severity | 'none'; format: OutputFormat[]; csvBom?: boolean; notify?: string[]; concurrency?: number; workers?: number; memoryTarget?: number; compare?: string; newOnly?: boolean; saveSnapshots?: boolean; tenant?: string[]; checks?: string[]; perTenant?: boolean; resume?: string; interruptGrace?: number; appendix?: boolean; framework?: string; history?: string };

/** Seconds running tenants get to finish after SIGINT/SIGTERM: most finish a chain of round trips in that time. */
const DEFAULT_GRACE_S = 10;
