import type { CollectOptions, ConnectorRuntime } from '../core/connector.js';
import type { Provider } from '../core/model.js';
import { Transport, type TransportOptions } from './transport.js';

type ProviderTuning = Pick<TransportOptions, 'retryableAnswer' | 'minRetryWaitMs' | 'onRetry'>;

/** The transport of one tenant's collection: its origins, the run's limits, its deadline and signal. */
export function tenantTransport(origins: readonly string[], runtime: ConnectorRuntime, options: Pick<CollectOptions<Provider>, 'signal' | 'deadlineAt'>, tuning: ProviderTuning = {}): Transport {
  return new Transport({
    origins,
    limits: { maxTries: runtime.maxTries, ...runtime.limits },
    sleep: runtime.sleep,
    random: runtime.random,
    signal: options.signal,
    deadlineAt: options.deadlineAt,
    onCredential: runtime.redactor ? (secret) => runtime.redactor!.add(secret) : undefined,
    ...tuning,
    onRetry: (retry) => {
      tuning.onRetry?.(retry);
      runtime.onRetryWait?.(retry);
    },
  });
}
