import type { CollectLog } from '../core/connector.js';
import { createRedactor, type Redactor } from '../redaction/redactor.js';
import { forTerminal } from '../redaction/terminal-text.js';

export interface Reporter {
  line(message: string): void;
  /** Printed even with --quiet: a tenant that could not be audited is never silent. */
  error(message: string): void;
  tenantLog(tenant: string): CollectLog;
  /**
   * What every line passes before it is printed; the run teaches it the tenants' credentials and
   * redacts its outputs with it. A reporter without one (a benchmark's silent one) gets a fresh one.
   */
  readonly redactor?: Redactor;
}

/**
 * Progress goes to stderr so stdout stays clean for machine-readable output. Every line is made safe
 * for a terminal (API messages can carry escape sequences), then redacted.
 */
export function consoleReporter(options: { quiet: boolean; verbose: boolean }, redactor: Redactor = createRedactor()): Reporter {
  const write = (message: string) => process.stderr.write(`${redactor(forTerminal(message))}\n`);
  return {
    redactor,
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
