import { defaultSleep } from '../core/connector.js';
import type { Redactor } from '../redaction/redactor.js';
import { Transport } from '../transport/transport.js';
import type { TransportLimits } from '../transport/limits.js';
import type { ChangeSummary } from './change-summary.js';
import { notificationBody, notifyTarget } from './payloads.js';

export interface NotifyOptions {
  /** A webhook URL is a credential: the redactor learns it before anything is sent or printed. */
  redactor: Redactor;
  warn: (message: string) => void;
  limits?: Partial<TransportLimits>;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Posts the summary to each webhook through the shared transport (its timeouts, size cap and bounded
 * retries). A notification that cannot be delivered is a warning naming only the webhook's origin: the
 * audit itself succeeded. Returns how many were delivered.
 */
export async function sendNotifications(specs: readonly string[], summary: ChangeSummary, options: NotifyOptions): Promise<number> {
  let delivered = 0;
  for (const spec of specs) {
    let origin = 'an invalid URL';
    try {
      const { kind, url } = notifyTarget(spec);
      options.redactor.add(url);
      origin = new URL(url).origin;
      const transport = new Transport({ origins: [url], limits: options.limits, sleep: options.sleep ?? defaultSleep });
      // Retried like a read: a webhook answering 429 or 5xx has not posted the message.
      const answer = await transport.request({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: notificationBody(kind, summary), readOnlyPost: true, endpoint: `POST ${origin} (${kind} notification)` });
      if (answer.status >= 300) throw new Error(`HTTP ${answer.status}`);
      delivered++;
    } catch (error) {
      options.warn(`warning: the notification to ${origin} was not delivered: ${options.redactor(error instanceof Error ? error.message : String(error))}`);
    }
  }
  return delivered;
}
