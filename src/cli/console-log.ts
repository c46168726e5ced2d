import type { CollectLog } from '../core/connector.js';

export interface Reporter {
  line(message: string): void;
  /** Printed even with --quiet: a tenant that could not be audited is never silent. */
  error(message: string): void;
  tenantLog(tenant: string): CollectLog;
}

/** Progress goes to stderr so stdout stays clean for machine-readable output. */
export function consoleReporter(options: { quiet: boolean; verbose: boolean }): Reporter {
  const write = (message: string) => process.stderr.write(`${message}\n`);
  return {
    line: (message) => {
      if (!options.quiet) write(message);
    },
    error: write,
    tenantLog: (tenant) => ({
      info: (message) => {
        if (options.verbose) write(`[${tenant}] ${message}`);
      },
      warn: (message) => {
        if (!options.quiet) write(`[${tenant}] warning: ${message}`);
      },
    }),
  };
}
