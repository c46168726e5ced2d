import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUsageError } from '../cli/expect-usage-error.js';
import { runCli } from '../cli/run-cli.js';
import { configFields } from './schema-fields.js';

const PASSWORD = 'PlantedUrlPassw0rd';
const ACCEPTED = ['https://graph.test.example', 'https://acme.my.salesforce.com/', 'http://127.0.0.1:8080', 'http://127.3.4.5', 'http://localhost:3000/base', 'http://[::1]:9000'];
const REFUSED = ['http://graph.test.example', 'http://127.0.0.1.nip.io', 'http://10.0.0.1', 'ftp://files.test.example', 'not a url', `https://audit:${PASSWORD}@graph.test.example`, `http://user:${PASSWORD}@127.0.0.1:1`];

describe('endpoint overrides are https (plain http only on loopback) and carry no user-info', () => {
  const urlFields = configFields().filter((field) => /url$/i.test(field.key) || /\bendpoints\.\w+$/.test(field.path));

  it('covers every URL field of every provider', () => {
    expect(urlFields.map((field) => field.path).sort()).toEqual([
      'gws endpoints.admin',
      'gws endpoints.cloudIdentity',
      'gws endpoints.driveLabels',
      'gws endpoints.oauth2Token',
      'm365 endpoints.authority',
      'm365 endpoints.compliance',
      'm365 endpoints.exchange',
      'm365 endpoints.fabric',
      'm365 endpoints.graph',
      'm365 endpoints.powerPlatform',
      'm365 endpoints.sharePointAdmin',
      'm365 endpoints.teams',
      'notify[].url',
      'salesforce auth.instanceUrl',
      'salesforce auth.loginUrl',
      'salesforce endpoints.instanceUrl',
      'salesforce endpoints.loginUrl',
    ]);
  });

  it('accepts https and loopback http, refuses the rest without repeating the value', () => {
    for (const { path, schema } of urlFields) {
      for (const url of ACCEPTED) expect(schema.safeParse(url).success, `${path}: ${url}`).toBe(true);
      for (const url of REFUSED) {
        const result = schema.safeParse(url);
        expect(result.success, `${path} accepted ${url}`).toBe(false);
        if (!result.success) expect(JSON.stringify(result.error.issues)).not.toContain(PASSWORD);
      }
    }
  });

  describe('through the CLI', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'tenant-audit-urls-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    const audit = async (name: string, entry: string) => {
      const file = join(dir, `${name}.yaml`);
      await writeFile(file, `tenants:\n  - name: ${name}\n${entry.replace(/^/gm, '    ')}\n`);
      return { file, run: await runCli(['audit', '-c', file, '-o', join(dir, 'out')]) };
    };

    it('refuses a plain-http endpoint on another host, naming the file, tenant and field', async () => {
      const { file, run } = await audit('contoso', 'provider: m365\ntenantId: contoso.onmicrosoft.com\nauth: { type: token, tokenEnv: T }\nendpoints: { graph: "http://graph.test.example" }');
      expectUsageError(run, `${file}: tenants[0] "contoso": endpoints.graph: must be an https:// URL (plain http:// only for a loopback host: localhost, 127.0.0.0/8 or ::1)`);
    });

    it('refuses a URL with a password in it and never prints the password', async () => {
      for (const [name, entry, field] of [
        ['acme', `provider: salesforce\nauth: { type: token, tokenEnv: T, instanceUrl: "https://admin:${PASSWORD}@acme.my.salesforce.com" }`, 'auth.instanceUrl'],
        ['acme-jwt', `provider: salesforce\nauth: { type: jwt, clientId: k, username: u@acme.example, privateKeyEnv: K, loginUrl: "https://admin:${PASSWORD}@login.salesforce.com" }`, 'auth.loginUrl'],
        ['northwind', `provider: gws\nauth: { type: token, tokenEnv: T }\nendpoints: { admin: "http://svc:${PASSWORD}@127.0.0.1:9" }`, 'endpoints.admin'],
      ] as const) {
        const { file, run } = await audit(name, entry);
        expectUsageError(run, `${file}: tenants[0] "${name}": ${field}: must not carry a user name or password`);
        expect(run.stdout + run.stderr).not.toContain(PASSWORD);
      }
    });
  });
});
