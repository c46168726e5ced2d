/** How a run was told to stop, and what becomes of it. */
export interface Interrupt {
  /** Aborted at the first SIGINT/SIGTERM: no tenant is started after it. */
  stopStarting: AbortSignal;
  /** Aborted a grace period later (or at a second signal): tenants still running are cut short. */
  abort: AbortSignal;
  /** The signal received, if any. */
  received(): NodeJS.Signals | undefined;
  dispose(): void;
}

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/** 128 + the signal's number, as a shell reports a process the signal ended. */
export const exitCodeForSignal = (signal: NodeJS.Signals): number => EXIT_CODES[signal] ?? 1;

/**
 * Turns SIGINT and SIGTERM into a graceful stop: running tenants get `graceMs` to finish, so what is
 * done is kept and the reports can be written. A second signal aborts them at once.
 */
export function watchInterrupts(graceMs: number, onSignal?: (signal: NodeJS.Signals) => void, target: NodeJS.EventEmitter = process): Interrupt {
  const stopStarting = new AbortController();
  const abort = new AbortController();
  let received: NodeJS.Signals | undefined;
  let timer: NodeJS.Timeout | undefined;
  const handler = (signal: NodeJS.Signals) => {
    if (received) {
      abort.abort(new Error(`second ${signal}`));
      return;
    }
    received = signal;
    onSignal?.(signal);
    stopStarting.abort(new Error(signal));
    timer = setTimeout(() => abort.abort(new Error(`${signal}: grace period over`)), graceMs);
    timer.unref();
  };
  target.on('SIGINT', handler);
  target.on('SIGTERM', handler);
  return {
    stopStarting: stopStarting.signal,
    abort: abort.signal,
    received: () => received,
    dispose: () => {
      clearTimeout(timer);
      target.off('SIGINT', handler);
      target.off('SIGTERM', handler);
    },
  };
}
