import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { AuditError, ConfigError } from '../core/errors.js';
import { createRedactor, type Redactor } from '../redaction/redactor.js';
import { forTerminal } from '../redaction/terminal-text.js';
import { TOOL } from '../version.js';
import { EXIT } from './exit-codes.js';
import { endQuietlyWhenStdoutCloses } from './closed-stdout.js';

type RegisterCommand = (program: Command, redactor: Redactor) => Promise<void>;

/**
 * Each command's module is imported only when that command runs: the connectors, their SDKs and the
 * renderers are most of the start-up time, and `--version` or `checks` need none of them.
 */
const COMMANDS: Record<string, RegisterCommand> = {
  audit: async (program, redactor) => (await import('./commands/audit.js')).registerAuditCommand(program, redactor),
  collect: async (program, redactor) => (await import('./commands/collect.js')).registerCollectCommand(program, redactor),
  evaluate: async (program, redactor) => (await import('./commands/evaluate.js')).registerEvaluateCommand(program, redactor),
  checks: async (program) => (await import('./commands/checks.js')).registerChecksCommand(program),
  permissions: async (program) => (await import('./commands/permissions.js')).registerPermissionsCommand(program),
  demo: async (program, redactor) => (await import('./commands/demo.js')).registerDemoCommand(program, redactor),
  schema: async (program) => (await import('./commands/schema.js')).registerSchemaCommand(program),
  discover: async (program, redactor) => (await import('./commands/discover.js')).registerDiscoverCommand(program, redactor),
};

/**
 * The commands an argument list needs: the one it names, none for a bare --version, and all of them
 * otherwise (the overview help lists every command; an unknown one gets a suggestion from all names).
 * The global options take no value, so the first argument not starting with "-" is the command.
 */
export function commandsFor(args: readonly string[]): string[] {
  const named = args.find((arg) => !arg.startsWith('-'));
  if (named && named in COMMANDS) return [named];
  if (!named && (args.includes('--version') || args.includes('-V')) && !args.includes('--help') && !args.includes('-h')) return [];
  return Object.keys(COMMANDS);
}

/**
 * `redactor` is the run's: every command that reads tenants teaches it their credentials.
 * `commands` limits the program to those commands (all by default).
 */
export async function buildProgram(redactor: Redactor = createRedactor(), commands: readonly string[] = Object.keys(COMMANDS)): Promise<Command> {
  const program = new Command();
  program
    .name('tenant-audit')
    .description('Audits Microsoft 365, Google Workspace and Salesforce tenants for the security settings the customer owns under the shared responsibility model.')
    .version(TOOL.version)
    .addOption(new Option('-q, --quiet', 'print only errors (data a command prints on stdout still is)').conflicts('verbose'))
    .addOption(new Option('-v, --verbose', 'print per-tenant progress (request counts, retries)'))
    // Every command's --help lists -q and -v: they are taken before or after the command name alike.
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError()
    .addHelpText('after', `
Exit codes: 0 no failing check at or above --fail-on (default: none), 1 failures at or above it,
            2 usage or config error, 3 a tenant could not be audited at all.

Examples:
  $ tenant-audit demo
  $ tenant-audit audit --config tenants.yaml --out reports/2026-11 --fail-on high
  $ tenant-audit permissions m365`);

  for (const name of commands) await COMMANDS[name]!(program, redactor);

  return program;
}

let strayRejectionsIgnored = false;

export async function main(argv: string[]): Promise<void> {
  const redactor = createRedactor();
  const program = await buildProgram(redactor, commandsFor(argv.slice(2)));
  const fail = (message: string) => process.stderr.write(`tenant-audit: ${redactor(forTerminal(message))}\n`);
  // A library request abandoned at a timeout (jsforce's SOAP or OAuth call) may still reject later: that
  // tenant already has its result, and the stray rejection must not take the other tenants' run down.
  if (!strayRejectionsIgnored) {
    strayRejectionsIgnored = true;
    process.on('unhandledRejection', (reason) => {
      if (process.argv.includes('--verbose') || process.argv.includes('-v')) fail(`ignored a late failure of an abandoned request: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  }
  // Subcommands copy settings only when created, so each needs the override: otherwise commander
  // calls process.exit(1) on a bad option value instead of the documented usage code.
  const withSubcommands = (command: Command): Command[] => [command, ...command.commands.flatMap(withSubcommands)];
  for (const command of withSubcommands(program)) {
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
      fail(error.message);
      process.exitCode = error instanceof ConfigError ? EXIT.usage : EXIT.tenantFailed;
      return;
    }
    fail(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = EXIT.tenantFailed;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href;
// `npm run tenant-audit` and the bench run this file through tsx; the installed bin (bin.ts) does the same.
if (invokedDirectly) {
  endQuietlyWhenStdoutCloses();
  await main(process.argv);
}
