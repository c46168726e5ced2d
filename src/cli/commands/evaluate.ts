import { resolve } from 'node:path';
import type { Command } from 'commander';
import { evaluateSnapshot } from '../../api/evaluate-snapshot.js';
import { loadCatalog } from '../../core/catalog.js';
import type { Severity, Snapshot } from '../../core/model.js';
import { loadConfig } from '../../config/load-config.js';
import { prepareOutputFolder } from '../../io/output-folder.js';
import { loadPreviousResults, outputFileNames, writeOutputs, type OutputFormat } from '../../output/write-outputs.js';
import type { Redactor } from '../../redaction/redactor.js';
import { readSnapshot } from '../../runner/read-snapshot.js';
import { snapshotFiles } from '../../runner/snapshot-files.js';
import { registerTenantSecrets } from '../../runner/tenant-secrets.js';
import { consoleReporter } from '../console-log.js';
import { exitCodeFor } from '../exit-codes.js';
import { appendixOption, checkFrameworkFlag, csvBomOption, failOnOption, formatOption, frameworkOption, globalFlags, outOption } from '../options.js';

/** `evaluate`: judges saved snapshots offline. */
export function registerEvaluateCommand(program: Command, redactor: Redactor): void {
  program
    .command('evaluate')
    .description('judge saved snapshots offline and write the same reports as audit')
    .requiredOption('-s, --snapshot <file...>', 'snapshot file(s) written by collect or audit --save-snapshots, or folders holding them (an audit --out folder: tenants/<name>/snapshot.json)')
    .option('-c, --config <file>', 'tenants.yaml, for per-tenant check filters and waivers')
    .addOption(outOption())
    .addOption(failOnOption())
    .addOption(formatOption())
    .addOption(csvBomOption())
    .option('--compare <results.json>', 'an earlier results.json to show drift against')
    .addOption(appendixOption())
    .addOption(frameworkOption())
    .addHelpText('after', `
Examples:
  $ tenant-audit evaluate --snapshot snapshots/*.snapshot.json --out offline-report
  $ tenant-audit evaluate --snapshot last-audit --out rejudged
  $ tenant-audit evaluate -s snapshots/contoso.snapshot.json -c tenants.yaml --fail-on high --compare last/results.json`)
    .action(async (opts: { snapshot: string[]; config?: string; out: string; failOn?: Severity | 'none'; format: OutputFormat[]; csvBom?: boolean; compare?: string; appendix?: boolean; framework?: string }, command: Command) => {
      const reporter = consoleReporter(globalFlags(command), redactor);
      checkFrameworkFlag(opts.framework);
      const catalog = await loadCatalog();
      const config = opts.config ? await loadConfig(opts.config, catalog) : undefined;
      if (config) await registerTenantSecrets(redactor, config.tenants.map((t) => t.entry), { configDir: config.dir, env: process.env });
      const previous = opts.compare ? await loadPreviousResults(opts.compare) : undefined;
      await prepareOutputFolder(opts.out, '--out', outputFileNames(opts.format));
      // A snapshot saved by an older version, or edited by hand, may hold what this one redacts.
      const snapshots: Snapshot[] = [];
      for (const file of await snapshotFiles(opts.snapshot)) snapshots.push(redactor.redactDeep(await readSnapshot(file)));
      const failOn = opts.failOn ?? config?.failOn ?? 'none';
      const results = await evaluateSnapshot(snapshots, { config, failOn, catalog });
      const written = await writeOutputs(results, resolve(opts.out), opts.format, previous, redactor, { csvBom: Boolean(opts.csvBom), appendix: Boolean(opts.appendix), ...(opts.framework ? { framework: opts.framework } : {}) });
      for (const [format, path] of Object.entries(written)) if (path) reporter.line(`  ${format.padEnd(4)} ${path}`);
      process.exitCode = exitCodeFor(results, failOn);
    });
}
