import { Command } from 'commander';
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
import { join, resolve } from 'node:path';
import { readRunManifest, RUN_MANIFEST_FILE, type RecordedRunFlags } from '../../output/run-manifest.js';
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
      if (opts.resume) refuseFlagsTheRunKeeps(command, opts.resume);
      const resume = opts.resume ? await readRunManifest(opts.resume) : undefined;
      const configFile = opts.config ?? resume?.config;
      if (!configFile) throw new ConfigError('audit needs --config <tenants.yaml> (or --resume <out> of an earlier run)');
      const run: RecordedRunFlags = resume ?? {
        config: configFile,
        only: { tenants: opts.tenant, checks: opts.checks },
        formats: opts.format,
        failOn: opts.failOn,
        compare: opts.compare,
        failOnNewOnly: Boolean(opts.newOnly),
        perTenant: Boolean(opts.perTenant),
        saveSnapshots: Boolean(opts.saveSnapshots),
        history: opts.history,
        framework: opts.framework,
        appendix: Boolean(opts.appendix),
        csvBom: Boolean(opts.csvBom),
      };
      if (run.failOnNewOnly && !run.compare) throw new ConfigError('--new-only needs --compare <earlier results.json>');
      const catalog = await loadCatalog();
      const config = narrowConfig(await loadConfig(configFile, catalog), configFile, catalog, run.only ?? {});
      const notify = notifySpecs(config, opts.notify ?? [], process.env, redactor);
      const interrupt = watchInterrupts((opts.interruptGrace ?? DEFAULT_GRACE_S) * 1000, (signal) => reporter.error(`${signal}: no new tenants are started; running ones get ${opts.interruptGrace ?? DEFAULT_GRACE_S} s to finish (send it again to stop them now)`));
      // A resume may run from another folder: the paths it reads are kept absolute.
      const absolute = (path: string | undefined) => (path === undefined ? undefined : resolve(path));
      try {
        const { code, results } = await runAndReport(
          config,
          {
            out: opts.resume ?? opts.out,
            concurrency: opts.concurrency,
            workers: opts.workers,
            memoryTargetMb: opts.memoryTarget,
            failOn: run.failOn,
            formats: run.formats,
            csvBom: Boolean(run.csvBom),
            compare: run.compare,
            appendix: Boolean(run.appendix),
            framework: run.framework,
            history: run.history,
            network: networkRuntime(opts),
            env: process.env,
            saveSnapshots: Boolean(run.saveSnapshots),
            perTenant: Boolean(run.perTenant),
            failOnNewOnly: Boolean(run.failOnNewOnly),
            interrupt,
            resume,
            statusLine: Boolean(process.stderr.isTTY) && !globalFlags(command).quiet,
            manifest: { ...run, config: resolve(configFile), compare: absolute(run.compare), history: absolute(run.history) },
          },
          reporter,
        );
        if (notify.length) await notifyChanges(notify, results, run.compare, reporter);
        process.exitCode = code;
      } finally {
        interrupt.dispose();
      }
    });
}

type AuditOpts = { config?: string; out: string; failOn?: Severity | 'none'; format: OutputFormat[]; csvBom?: boolean; notify?: string[]; concurrency?: number; workers?: number; memoryTarget?: number; compare?: string; newOnly?: boolean; saveSnapshots?: boolean; tenant?: string[]; checks?: string[]; perTenant?: boolean; resume?: string; interruptGrace?: number; appendix?: boolean; framework?: string; history?: string };

/** Flags that only tune how the rest of a run goes; run.json decides every other one. */
const TUNING_FLAGS = new Set(['config', 'resume', 'concurrency', 'workers', 'memoryTarget', 'interruptGrace', 'notify', ...addNetworkOptions(new Command()).options.map((o) => o.attributeName())]);

/** A flag given with --resume that run.json decides would be ignored without a word: refuse it instead. */
function refuseFlagsTheRunKeeps(command: Command, out: string): void {
  const given = command.options.filter((o) => !TUNING_FLAGS.has(o.attributeName()) && command.getOptionValueSource(o.attributeName()) === 'cli');
  if (given.length === 0) return;
  throw new ConfigError(`${given.map((o) => o.short ?? o.long).join(', ')} cannot be combined with --resume: the run keeps the flags in ${join(out, RUN_MANIFEST_FILE)}`, undefined, '--resume');
}

/** Seconds running tenants get to finish after SIGINT/SIGTERM: most finish a chain of round trips in that time. */
const DEFAULT_GRACE_S = 10;
