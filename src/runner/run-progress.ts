/** Where a run stands: counts of tenants by state and an estimate of the time left. Pure: the clock is passed in. */
export class RunProgress {
  private running = 0;
  private done = 0;
  private failed = 0;
  private waits = 0;
  private waitedMs = 0;
  private throttledWaits = 0;
  private throttledMs = 0;

  constructor(
    private readonly total: number,
    private readonly startedAt: number,
  ) {}

  started(): void {
    this.running++;
  }

  /**
   * A retry wait of the transport: throttling (a 429, a Retry-After, a quota answer) or a failure (a 5xx, a
   * reset). The operator sees the run being held back, and by whom.
   */
  waited(ms: number, throttled = false): void {
    if (throttled) {
      this.throttledWaits++;
      this.throttledMs += ms;
    } else {
      this.waits++;
      this.waitedMs += ms;
    }
  }

  /** "throttled 12 times, 34s waited" for the run's summary; undefined when no API throttled it. */
  throttling(): string | undefined {
    return this.throttledWaits ? `throttled ${this.throttledWaits} time${this.throttledWaits === 1 ? '' : 's'}, ${duration(this.throttledMs)} waited` : undefined;
  }

  finished(outcome: 'audited' | 'failed'): void {
    this.running = Math.max(0, this.running - 1);
    this.done++;
    if (outcome === 'failed') this.failed++;
  }

  /** "412/1000 done (3 failed) · 50 running · 538 queued · 1m 20s elapsed · about 1m 54s left" */
  statusLine(now: number): string {
    const queued = Math.max(0, this.total - this.done - this.running);
    const elapsed = now - this.startedAt;
    const parts = [`${this.done}/${this.total} done${this.failed ? ` (${this.failed} failed)` : ''}`, `${this.running} running`, `${queued} queued`];
    if (this.throttledWaits) parts.push(`${this.throttledWaits} throttled wait${this.throttledWaits === 1 ? '' : 's'} (${duration(this.throttledMs)} in all)`);
    if (this.waits) parts.push(`${this.waits} retry wait${this.waits === 1 ? '' : 's'} (${duration(this.waitedMs)} in all)`);
    parts.push(`${duration(elapsed)} elapsed`);
    // Tenants finish in waves of the concurrency: before a few are done the rate says nothing.
    if (this.done >= 3 && this.done < this.total) parts.push(`about ${duration((elapsed / this.done) * (this.total - this.done))} left`);
    return parts.join(' · ');
  }
}

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
