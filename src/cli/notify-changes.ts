import type { AuditResults } from '../core/results.js';
import { changeSummary } from '../notify/change-summary.js';
import { sendNotifications } from '../notify/send-notifications.js';
import { loadPreviousResults } from '../output/write-outputs.js';
import { createRedactor } from '../redaction/redactor.js';
import type { Reporter } from './console-log.js';

/** --notify: tells each webhook what changed since --compare (or every open failure on a first run), if anything did. */
export async function notifyChanges(urls: readonly string[], results: AuditResults, compare: string | undefined, reporter: Reporter): Promise<void> {
  const summary = changeSummary(results, compare ? await loadPreviousResults(compare) : undefined);
  if (!summary) {
    reporter.line('  notify: nothing changed; no notification sent');
    return;
  }
  const delivered = await sendNotifications(urls, summary, { redactor: reporter.redactor ?? createRedactor(), warn: (message) => reporter.error(`  notify: ${message}`) });
  reporter.line(`  notify: ${delivered} of ${urls.length} notification${urls.length === 1 ? '' : 's'} delivered`);
}
