import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Argument, type Command } from 'commander';
import { PACKAGE_ROOT } from '../../package-root.js';

const SCHEMA_FILES = { config: 'tenants.schema.json', results: 'results.schema.json' } as const;

/** `schema`: prints the JSON Schema of tenants.yaml or results.json, as shipped in the package. */
export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of tenants.yaml (config) or results.json (results), for editors and validators')
    .addArgument(new Argument('<which>', 'config | results').choices(Object.keys(SCHEMA_FILES)))
    .addHelpText('after', `
Examples:
  $ tenant-audit schema config > tenants.schema.json    # then start tenants.yaml with
                                                        # yaml-language-server: $schema=./tenants.schema.json
  $ tenant-audit schema results > results.schema.json`)
    .action(async (which: keyof typeof SCHEMA_FILES) => {
      process.stdout.write(await readFile(join(PACKAGE_ROOT, 'schemas', SCHEMA_FILES[which]), 'utf8'));
    });
}
