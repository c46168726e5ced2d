/** How many tenants a summary line names before it says "and N more". */
const NAMED_TENANTS = 5;

/**
 * Collects the warnings of many tenants so that one that recurs is told once: the same message on 312
 * tenants becomes one line with the count and the first tenants it hit. Messages that differ only in their
 * numbers (counts, ids) count as the same.
 */
export class WarningSummary {
  private readonly byKey = new Map<string, { message: string; tenants: Set<string> }>();

  /** Records a warning; true the first time its message is seen (print it then), false after. */
  add(tenant: string, message: string): boolean {
    const key = message.replace(/\d+/g, '#');
    const seen = this.byKey.get(key);
    if (seen) {
      seen.tenants.add(tenant);
      return false;
    }
    this.byKey.set(key, { message, tenants: new Set([tenant]) });
    return true;
  }

  /** One line per warning that hit more than one tenant, most tenants first. */
  lines(): string[] {
    return [...this.byKey.values()]
      .filter((w) => w.tenants.size > 1)
      .sort((a, b) => b.tenants.size - a.tenants.size)
      .map((w) => {
        const named = [...w.tenants].slice(0, NAMED_TENANTS).join(', ');
        const rest = w.tenants.size > NAMED_TENANTS ? ` and ${w.tenants.size - NAMED_TENANTS} more` : '';
        return `warning on ${w.tenants.size} tenants (${named}${rest}): ${w.message}`;
      });
  }
}
