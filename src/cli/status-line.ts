import type { Reporter } from './console-log.js';

/** Redraw at most this often: a thousand tenants finishing must not flood the terminal. */
const REDRAW_MS = 250;
const CLEAR_LINE = '\r\x1b[2K';

export interface StatusLine {
  /** A reporter whose lines are printed above the status line, which is then drawn again. */
  reporter: Reporter;
  update(): void;
  stop(): void;
}

/**
 * A status line kept at the bottom of a terminal and redrawn in place. `status` gives its text; the
 * text passes the reporter's redactor like every other line.
 */
export function startStatusLine(inner: Reporter, status: () => string, stream: NodeJS.WriteStream = process.stderr): StatusLine {
  let shown = false;
  let last = 0;
  const draw = () => {
    last = Date.now();
    const text = inner.redactor ? inner.redactor(status()) : status();
    stream.write(`${CLEAR_LINE}${text.slice(0, Math.max(20, (stream.columns || 120) - 1))}`);
    shown = true;
  };
  const clear = () => {
    if (shown) stream.write(CLEAR_LINE);
    shown = false;
  };
  const around = (print: (message: string) => void) => (message: string) => {
    clear();
    print(message);
    draw();
  };
  const timer = setInterval(draw, 1000);
  timer.unref();
  const reporter: Reporter = {
    redactor: inner.redactor,
    line: around((m) => inner.line(m)),
    error: around((m) => inner.error(m)),
    tenantLog: (tenant) => {
      const log = inner.tenantLog(tenant);
      return { info: around((m) => log.info(m)), warn: around((m) => log.warn(m)) };
    },
  };
  return {
    reporter,
    update: () => {
      if (Date.now() - last >= REDRAW_MS) draw();
    },
    stop: () => {
      clearInterval(timer);
      clear();
    },
  };
}
