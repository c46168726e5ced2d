import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from './run-cli.js';

/** What `<command> --help` prints, the text added after the options included. */
function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (chunk) => (text += chunk), writeErr: (chunk) => (text += chunk) });
  command.outputHelp();
  return text;
}

const program = await buildProgram();

describe('every command\'s --help', () => {
  // A command with subcommands (discover m365, discover gws) is walked down to each of them.
  const walk = (command: Command): Command[] => [command, ...command.commands.flatMap(walk)];
  const commands = program.commands.flatMap(walk);
  const path = (command: Command): string => (command.parent && command.parent !== program ? `${path(command.parent)} ${command.name()}` : command.name());

  it('walks every command of the program', () => {
    expect(commands.map(path).sort()).toEqual(['audit', 'checks', 'collect', 'demo', 'discover', 'discover gws', 'discover m365', 'evaluate', 'permissions', 'schema']);
  });

  it.each(commands.map((c) => [path(c), c] as const))('%s has an Examples section that runs that command', (name, command) => {
    const help = helpOf(command);
    const examples = help.slice(help.indexOf('\nExamples:\n'));
    expect(help).toContain('\nExamples:\n');
    expect(examples.split('\n').filter((line) => line.startsWith(`  $ tenant-audit ${name}`)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(commands.map((c) => [path(c), c] as const))('%s lists -q/--quiet and -v/--verbose', (_name, command) => {
    const help = helpOf(command);
    expect(help).toMatch(/-q, --quiet/);
    expect(help).toMatch(/-v, --verbose/);
  });
});

describe('-q and -v', () => {
  it('are taken after the command name as before it', async () => {
    const before = await runCli(['-q', 'checks', '--provider', 'gws', '--format', 'json']);
    const after = await runCli(['checks', '--provider', 'gws', '--format', 'json', '-q']);
    expect(after).toEqual(before);
    expect(after.code).toBe(0);
    expect(after.stderr).toBe('');
  });

  it('together are a usage error', async () => {
    const run = await runCli(['checks', '-q', '-v']);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/'-q, --quiet' cannot be used with option '-v, --verbose'/);
  });
});
