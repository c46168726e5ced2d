import { Option, type Command } from 'commander';
import { checksMarkdown, checksText, listChecks } from '../../catalog/checks-listing.js';
import { loadCatalog, PROVIDERS, selectChecks } from '../../core/catalog.js';
import type { Provider } from '../../core/model.js';

/** `checks`: prints the check catalog. */
export function registerChecksCommand(program: Command): void {
  program
    .command('checks')
    .description('print the check catalog')
    .addOption(new Option('--provider <provider>', 'only this provider').choices([...PROVIDERS]))
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
}
