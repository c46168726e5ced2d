import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEMO_ENV, startDemoTenants } from '../../demo/demo-tenants.js';
import { prepareOutputFolder } from '../../io/output-folder.js';
import { outputFileNames, type OutputFormat } from '../../output/write-outputs.js';
import type { Redactor } from '../../redaction/redactor.js';
import { consoleReporter } from '../console-log.js';
import { appendixOption, checkFrameworkFlag, csvBomOption, DEFAULT_OUT, formatOption, frameworkOption, globalFlags, historyOption, outOption, positiveInt } from '../options.js';
import { runAndReport } from '../run-and-report.js';

/** `demo`: audits the bundled demo tenants through loopback API doubles. */
export function registerDemoCommand(program: Command, redactor: Redactor): void {
  program
    .command('demo')
    .description('audit the bundled demo tenants, served offline from recorded API answers on loopback, through the real connectors')
    .addOption(outOption().default(join(DEFAULT_OUT, 'demo')))
    .addOption(formatOption())
    .addOption(csvBomOption())
    .addOption(appendixOption())
    .addOption(frameworkOption())
    .addOption(historyOption())
    .option('--workers <n>', 'worker threads the demo tenants are spread over (default 1: they are few)', positiveInt)
    .addHelpText('after', `
Examples:
  $ tenant-audit demo                       # then open tenant-audit-output/demo/report.html
  $ tenant-audit demo -o demo-out --format json,html,sarif,junit,ocsf
  $ tenant-audit demo -q --framework cis-m365
  $ tenant-audit demo -q --workers 2        # the same audit on two worker threads`)
    .action(async (opts: { out: string; workers?: number; format: OutputFormat[]; csvBom?: boolean; appendix?: boolean; framework?: string; history?: string }, command: Command) => {
      const reporter = consoleReporter(globalFlags(command), redactor);
      checkFrameworkFlag(opts.framework);
      await prepareOutputFolder(opts.out, '--out', outputFileNames(opts.format));
      const demo = await startDemoTenants();
      try {
        reporter.line(`Demo: ${demo.servers.length} tenant API doubles listening on loopback (${demo.servers.map((s) => s.baseUrl).join(', ')})`);
        const { code } = await runAndReport(demo.config, { out: opts.out, formats: opts.format, csvBom: Boolean(opts.csvBom), network: { maxTries: 3 }, env: { ...DEMO_ENV }, appendix: Boolean(opts.appendix), framework: opts.framework, history: opts.history, workers: opts.workers }, reporter);
        if (opts.format.includes('html')) reporter.line(`Open ${resolve(opts.out, 'report.html')} in a browser.`);
        process.exitCode = code;
      } finally {
        await demo.close();
      }
    });
}
