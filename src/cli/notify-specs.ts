import type { AuditConfig } from '../config/load-config.js';
import { endpointUrl } from '../config/endpoint-url.js';
import { ConfigError } from '../core/errors.js';
import type { Redactor } from '../redaction/redactor.js';

/**
 * The webhooks to notify: the config's `notify:` entries (a `urlEnv` read from `env`), then the
 * `--notify` URLs, as `kind+url` specs. Each URL is a credential and reaches the redactor before
 * anything can print it.
 */
export function notifySpecs(config: AuditConfig, flags: readonly string[], env: NodeJS.ProcessEnv, redactor: Redactor): string[] {
  const fromEnv = (name: string, field: string): string => {
    const url = env[name];
    const fail = (message: string) => new ConfigError(`${config.file}: ${field}: ${message}`, config.file, field);
    if (!url) throw fail(`the environment variable ${name} is not set`);
    redactor.add(url);
    const checked = endpointUrl.safeParse(url);
    if (!checked.success) throw fail(`${name} ${checked.error.issues[0]!.message}`);
    return url;
  };
  const fromConfig = (config.notify ?? []).map((target, index) => {
    if (typeof target === 'string') return target;
    const url = target.url ?? fromEnv(target.urlEnv!, `notify[${index}].urlEnv`);
    return target.kind ? `${target.kind}+${url}` : url;
  });
  const specs = [...fromConfig, ...flags];
  for (const spec of specs) redactor.add(spec.replace(/^(slack|teams|json)\+/i, ''));
  return [...new Set(specs)];
}
