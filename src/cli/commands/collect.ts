import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import pLimit from 'p-limit';
import { loadCatalog } from '../../core/catalog.js';
import { defaultSleep } from '../../core/connector.js';
import { loadConfig } from '../../config/load-config.js';
import { prepareOutputFolder } from '../../io/output-folder.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { checksForTenant, collectSnapshot } from '../../runner/tenant-audit.js';
import { consoleReporter } from '../console-log.js';
import { EXIT } from '../exit-codes.js';
import { globalFlags, narrowConfig, outOption, positiveInt } from '../options.js';

/** `collect`: reads tenants into snapshots without judging them. */
export function registerCollectCommand(program: Command): void {
  program
    .command('collect')
    .description('read tenants into snapshots (JSON) without judging them; evaluate them later, offline')
    .requiredOption('-c, --config <file>', 'tenants.yaml')
    .addOption(outOption())
    .option('-t, --tenant <name...>', 'only these tenants')
    .option('--concurrency <n>', 'tenants read at once (default 4, or defaults.concurrency)', positiveInt)
    .option('--max-tries <n>', 'tries per API request when throttled', positiveInt, 5)
    .addHelpText('after', `
Examples:
  $ tenant-audit collect --config tenants.yaml --out snapshots
  $ tenant-audit evaluate --snapshot snapshots/contoso.snapshot.json`)
    .action(async (opts: { config: string; out: string; tenant?: string[]; concurrency?: number; maxTries: number }, command: Command) => {
      const reporter = consoleReporter(globalFlags(command));
      const catalog = await loadCatalog();
      const config = narrowConfig(await loadConfig(opts.config, catalog), opts.config, catalog, { tenants: opts.tenant });
      const tenants = config.tenants;
      await prepareOutputFolder(opts.out, '--out', tenants.map((tenant) => `${tenant.name}.snapshot.json`));
      const limit = pLimit(opts.concurrency ?? config.concurrency ?? 4);
      let failed = 0;
      await Promise.all(
        tenants.map((tenant) =>
          limit(async () => {
            try {
              const runtime = { configDir: config.dir, env: process.env, sleep: defaultSleep, maxTries: opts.maxTries };
              const snapshot = await collectSnapshot(tenant, checksForTenant(tenant, catalog), runtime, reporter.tenantLog(tenant.name));
              const path = join(resolve(opts.out), `${tenant.name}.snapshot.json`);
              await writeFileAtomic(path, `${JSON.stringify(snapshot, null, 2)}\n`);
              reporter.line(`${tenant.name}: snapshot written to ${path}`);
            } catch (error) {
              failed++;
              reporter.error(`${tenant.name}: could not be collected: ${error instanceof Error ? error.message : String(error)}`);
            }
          }),
        ),
      );
      process.exitCode = failed ? EXIT.tenantFailed : EXIT.ok;
    });
}
