import { Option, type Command } from 'commander';
import { permissionsFor, permissionsMarkdown, permissionsText } from '../../catalog/permissions.js';
import { loadCatalog, selectChecks } from '../../core/catalog.js';
import { ConfigError } from '../../core/errors.js';
import type { Provider } from '../../core/model.js';
import { availableProviders, providerModule } from '../../connectors/registry.js';
import { filterPatternProblem } from '../../config/check-references.js';

/** `permissions`: prints the permissions the selected checks need. */
export function registerPermissionsCommand(program: Command): void {
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
      const catalog = await loadCatalog();
      for (const pattern of opts.checks ?? []) {
        const problem = filterPatternProblem(pattern, providers, catalog, 'the providers asked for');
        if (problem) throw new ConfigError(`--checks: ${problem}`, undefined, '--checks');
      }
      const checks = selectChecks(catalog, { providers, include: opts.checks });
      const blocks = providers.map((p) => {
        const module = providerModule(p);
        const rows = permissionsFor(module, checks);
        if (opts.format === 'json') return JSON.stringify({ provider: p, setupSteps: module.setupSteps, permissions: rows }, null, 2);
        return opts.format === 'markdown' ? `### ${module.label}\n\n${permissionsMarkdown(module, rows)}` : permissionsText(module, rows);
      });
      process.stdout.write(`${blocks.join('\n\n')}\n`);
    });
}
