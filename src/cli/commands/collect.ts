import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import pLimit from 'p-limit';
import { loadCatalog } from '../../core/catalog.js';
import { defaultSleep } from '../../core/connector.js';
import { loadConfig } from '../../config/load-config.js';
import { prepareOutputFolder } from '../../io/output-folder.js';
import type { Redactor } from '../../redaction/redactor.js';
import { writeSnapshotFile } from '../../output/tenant-files.js';
import { checksForTenant, collectSnapshot } from '../../runner/tenant-audit.js';
import { registerTenantSecrets } from '../../runner/tenant-secrets.js';
import { addNetworkOptions, networkRuntime, type NetworkFlags } from '../network-options.js';
import { consoleReporter } from '../console-log.js';
import { EXIT } from '../exit-codes.js';
import { globalFlags, narrowConfig, outOption, positiveInt } from '../options.js';

/** `collect`: reads tenants into snapshots without judging them. */
export function registerCollectCommand(program: Command, redactor: Redactor): void {
  const command = program
    .command('collect')
    .description('read tenants into snapshots (JSON) without judging them; evaluate them later, offline')
    .requiredOption('-c, --config <file>', 'tenants.yaml')
    .addOption(outOption())
    .option('-t, --tenant <name...>', 'only these tenants')
    .option('--concurrency <n>', 'tenants read at once (default 4, or defaults.concurrency)', positiveInt);
  addNetworkOptions(command);
  command
    .addHelpText('after', `
Examples:
  $ tenant-audit collect --config tenants.yaml --out snapshots
  $ tenant-audit collect -c clients.yaml --tenant contoso --concurrency 8 -v   # per-tenant progress on stderr
  $ tenant-audit evaluate --snapshot snapshots/contoso.snapshot.json`)
    .action(async (opts: { config: string; out: string; tenant?: string[]; concurrency?: number } & NetworkFlags, command: Command) => {
      const reporter = consoleReporter(globalFlags(command), redactor);
      const catalog = await loadCatalog();
      const config = narrowConfig(await loadConfig(opts.config, catalog), opts.config, catalog, { tenants: opts.tenant });
      const tenants = config.tenants;
      await prepareOutputFolder(opts.out, '--out', tenants.map((tenant) => `${tenant.name}.snapshot.json`));
      const limit = pLimit(opts.concurrency ?? config.concurrency ?? 4);
      const runtime = { configDir: config.dir, env: process.env, sleep: defaultSleep, ...networkRuntime(opts), redactor };
      await registerTenantSecrets(redactor, tenants.map((t) => t.entry), runtime);
      let failed = 0;
      await Promise.all(
        tenants.map((tenant) =>
          limit(async () => {
            try {
              const snapshot = await collectSnapshot(tenant, checksForTenant(tenant, catalog), runtime, reporter.tenantLog(tenant.name));
              const path = join(resolve(opts.out), `${tenant.name}.snapshot.json`);
              await writeSnapshotFile(path, snapshot, redactor);
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
