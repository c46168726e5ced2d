import type { Provider, Sections, TenantRef } from './model.js';
import type { ProviderShapes } from '../snapshot/provider-shapes.js';
import type { TenantSettings } from './tenant-settings.js';
import type { TransportLimits } from '../transport/limits.js';

/** What one snapshot section reads and what it needs: the source of the permissions tables. */
export interface SectionSpec {
  /** The API calls, as METHOD path (e.g. "GET /v1.0/policies/authorizationPolicy"). */
  endpoints: string[];
  /** Least-privilege permission / scope / user permission the read needs. */
  permissions: string[];
  /** A licence or edition without which the read fails. */
  licence?: string;
  /** Whether that licence gates the feature itself (default) or only the API that reports on it. */
  licenceGates?: 'feature' | 'report';
  /** True when the only permission that allows the read could also change the tenant. */
  writeCapable?: boolean;
}

export type SectionCatalog<P extends Provider> = { [K in keyof ProviderShapes[P]]-?: SectionSpec };

/** Progress and warnings a connector reports; never secrets. */
export interface CollectLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface CollectOptions<P extends Provider> {
  sections: readonly (keyof ProviderShapes[P] & string)[];
  settings: TenantSettings;
  log: CollectLog;
  /** Stops collection early: the run was interrupted, or the tenant's deadline passed. */
  signal?: AbortSignal;
  /** Wall-clock ms by which collection must end; no retry wait may run past it. */
  deadlineAt?: number;
}

export interface CollectedTenant<P extends Provider> {
  tenant: TenantRef;
  sections: Sections<ProviderShapes[P]>;
}

/**
 * A connector is built per tenant from its credentials (no global clients), reads the sections asked
 * for, and turns every failed read into a section error rather than throwing. It throws only when the
 * tenant cannot be reached at all (bad credentials, unknown tenant): then no section could be read.
 */
export interface Connector<P extends Provider> {
  provider: P;
  collect(options: CollectOptions<P>): Promise<CollectedTenant<P>>;
}

/** What the runner hands a connector factory besides the tenant's own config entry. */
export interface ConnectorRuntime {
  /** Folder of the config file: relative key/certificate paths resolve against it. */
  configDir: string;
  /** Where secrets named by the config (…Env fields) are read from. */
  env: Readonly<Record<string, string | undefined>>;
  /** Waits between retries; tests pass a fake so no test sleeps. */
  sleep: (ms: number) => Promise<void>;
  /** Upper bound on tries for one request (first try included). */
  maxTries: number;
  /** Told of every retry wait of the transport (throttling among them), for the run's progress. */
  onRetryWait?: (wait: { waitMs: number; throttled?: boolean }) => void;
  /** Jitter source for retry backoff; tests pass a constant so waits are exact. */
  random?: () => number;
  /** Wall-clock budget for collecting one tenant (default 15 minutes). */
  tenantDeadlineMs?: number;
  /** Timeouts, retry caps and size limits of the transport, over its defaults. */
  limits?: Partial<TransportLimits>;
  /**
   * Where a connector registers every credential it obtains during the run (each access or session
   * token, as soon as it has it), so no output or log line can show it. The runner always sets it;
   * absent (a connector built on its own, in a test), nothing is registered.
   */
  redactor?: SecretRegistry;
}

/** The part of the run's redactor a connector sees. */
export interface SecretRegistry {
  add(secret: string): void;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
