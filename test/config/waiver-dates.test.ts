import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import { parseConfig } from '../../src/config/load-config.js';
import { expectUsageError } from '../cli/expect-usage-error.js';
import { runCli } from '../cli/run-cli.js';

const catalog = await loadCatalog();
const config = (expires: string) =>
  `tenants:\n  - name: contoso\n    provider: m365\n    tenantId: contoso.onmicrosoft.com\n    auth: { type: token, tokenEnv: T }\n    waivers:\n      - check: m365-auth-sms-voice-disabled\n        reason: field staff\n      - check: m365-priv-global-admin-count\n        reason: merger\n        expires: ${expires}\n`;

describe('waiver expiry dates are days of the calendar', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenant-audit-waivers-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['2027-02-30', '9999-99-99', '2027-13-01', '2026-02-29', '2027-04-31', '0000-01-01'])('refuses %s, naming the file, the tenant and the field', async (date) => {
    const file = join(dir, `waiver-${date}.yaml`);
    await writeFile(file, config(date));
    const run = await runCli(['audit', '-c', file, '-o', join(dir, 'out')]);
    expectUsageError(run, `${file}: tenants[0] "contoso": waivers[1].expires: ${date} is not a day of the calendar`);
  });

  it('refuses a date that is not written YYYY-MM-DD', () => {
    expect(() => parseConfig(config('31/03/2027'), 'tenants.yaml', catalog)).toThrow(/waivers\[1\]\.expires: must be a date like 2027-03-31 \(YYYY-MM-DD\)$/);
  });

  it('accepts real days, leap days included', () => {
    for (const date of ['2027-03-31', '2028-02-29', '"2027-12-31"']) {
      expect(parseConfig(config(date), 'tenants.yaml', catalog).tenants[0]!.waivers[1]!.expires).toBe(date.replaceAll('"', ''));
    }
  });
});
