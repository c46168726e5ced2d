import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notifySpecs } from '../../src/cli/notify-specs.js';
import { expectUsageError } from '../cli/expect-usage-error.js';
import { runCli } from '../cli/run-cli.js';
import { ConfigError } from '../../src/core/errors.js';
import { parseConfig } from '../../src/config/load-config.js';
import { loadCatalog } from '../../src/core/catalog.js';
import { createRedactor } from '../../src/redaction/redactor.js';

const FILE = 'configs/tenants.yaml';
const catalog = await loadCatalog();
const SECRET_PATH = 'T0000/B0000/PlantedWebhookSecret42';

function config(notify: string): string {
  return `notify:\n${notify}\ntenants:\n  - name: contoso\n    provider: m365\n    tenantId: contoso.onmicrosoft.com\n    auth:\n      type: certificate\n      clientId: 11111111-2222-4333-8444-555555555555\n      certificateFile: keys/contoso.pem\n`;
}

function configError(notify: string): ConfigError {
  try {
    parseConfig(config(notify), FILE, catalog);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('notify: in tenants.yaml', () => {
  it('takes webhook URLs and { url | urlEnv, kind } entries', () => {
    const parsed = parseConfig(config(`  - https://hooks.slack.com/services/${SECRET_PATH}\n  - { url: 'https://alerts.example.com/hook', kind: teams }\n  - { urlEnv: TEAMS_WEBHOOK_URL }`), FILE, catalog);
    expect(parsed.notify).toEqual([`https://hooks.slack.com/services/${SECRET_PATH}`, { url: 'https://alerts.example.com/hook', kind: 'teams' }, { urlEnv: 'TEAMS_WEBHOOK_URL' }]);
  });

  it('is optional', () => {
    const parsed = parseConfig(config('  []').replace('notify:\n  []\n', ''), FILE, catalog);
    expect(parsed.notify).toEqual([]);
  });

  it.each([
    ['a plain-http URL', '  - http://alerts.example.com/hook', 'notify[0]', /https:\/\//],
    ['a URL with a password', `  - https://user:${SECRET_PATH.replaceAll("/", "")}@alerts.example.com/`, 'notify[0]', /user name or password/],
    ['both url and urlEnv', '  - { url: "https://alerts.example.com/", urlEnv: HOOK }', 'notify[0]', /exactly one of url and urlEnv/],
    ['neither url nor urlEnv', '  - { kind: slack }', 'notify[0]', /exactly one of url and urlEnv/],
    ['a secret pasted into urlEnv', `  - { urlEnv: "https://hooks.slack.com/services/${SECRET_PATH}" }`, 'notify[0].urlEnv', /name of an environment variable/],
    ['an unknown kind', '  - { url: "https://alerts.example.com/", kind: discord }', 'notify[0].kind', /teams.*slack.*json/],
    ['an unknown field', '  - { url: "https://alerts.example.com/", channel: ops }', 'notify[0]', /unknown field\(s\) channel/],
    ['a number', '  - 42', 'notify[0]', /must be a string or a mapping/],
  ])('refuses %s, naming the file and field, never the value', (_case, notify, field, message) => {
    const error = configError(notify);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`${FILE}: ${field}: `);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('PlantedWebhookSecret42');
  });
});

describe('notifySpecs', () => {
  const base = parseConfig(config(`  - https://hooks.slack.com/services/${SECRET_PATH}\n  - { urlEnv: OPS_HOOK, kind: json }`), FILE, catalog);

  it('reads urlEnv from the environment, adds --notify URLs once each, and teaches the redactor every URL', () => {
    const redactor = createRedactor();
    const specs = notifySpecs(base, ['https://other.example.com/flag-hook-Secret99', `https://hooks.slack.com/services/${SECRET_PATH}`], { OPS_HOOK: 'https://ops.example.com/env-hook-Secret77' }, redactor);
    expect(specs).toEqual([`https://hooks.slack.com/services/${SECRET_PATH}`, 'json+https://ops.example.com/env-hook-Secret77', 'https://other.example.com/flag-hook-Secret99']);
    const printed = redactor(`posting to https://ops.example.com/env-hook-Secret77, https://other.example.com/flag-hook-Secret99 and https://hooks.slack.com/services/${SECRET_PATH}`);
    expect(printed).not.toMatch(/Secret77|Secret99|PlantedWebhookSecret42/);
  });

  it('an unset urlEnv is a config error naming the file, field and variable', () => {
    expect(() => notifySpecs(base, [], {}, createRedactor())).toThrow(`${base.file}: notify[1].urlEnv: the environment variable OPS_HOOK is not set`);
  });

  it('a urlEnv holding something other than an https URL is refused without showing it', () => {
    let message = '';
    try {
      notifySpecs(base, [], { OPS_HOOK: 'http://ops.example.com/PlantedEnvSecret55' }, createRedactor());
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/notify\[1\]\.urlEnv: OPS_HOOK must be an https:\/\/ URL/);
    expect(message).not.toContain('PlantedEnvSecret55');
  });
});

describe('audit with a notify: urlEnv that is not set', () => {
  it('stops before auditing: exit 2, one line naming the file and field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tenant-audit-notify-config-'));
    try {
      const file = join(dir, 'tenants.yaml');
      await writeFile(file, config('  - { urlEnv: TENANT_AUDIT_TEST_UNSET_HOOK }'));
      delete process.env.TENANT_AUDIT_TEST_UNSET_HOOK;
      const run = await runCli(['audit', '-c', file, '-o', join(dir, 'out')]);
      expectUsageError(run, `${file}: notify[0].urlEnv: the environment variable TENANT_AUDIT_TEST_UNSET_HOOK is not set`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
