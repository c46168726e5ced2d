import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { loadCatalog } from '../../src/core/catalog.js';
import { ConfigError } from '../../src/core/errors.js';

const TENANT = 'tenants:\n  - name: acme\n    provider: gws\n    auth: { type: token, tokenEnv: GWS_TOKEN }\n';

describe('limits: in tenants.yaml', () => {
  it('reads caps per provider and per credential', async () => {
    const config = parseConfig(`limits:\n  perProvider: { m365: 40, gws: 10 }\n  perCredential: 8\n${TENANT}`, 'tenants.yaml', await loadCatalog());
    expect(config.limits).toEqual({ perProvider: { m365: 40, gws: 10 }, perCredential: 8 });
  });

  it.each([
    ['limits:\n  perProvider: { okta: 4 }\n', 'limits.perProvider: unknown field(s) okta'],
    ['limits:\n  perCredential: 0\n', 'limits.perCredential'],
  ])('names the field of a wrong limit: %j', async (limits, message) => {
    const catalog = await loadCatalog();
    expect(() => parseConfig(`${limits}${TENANT}`, 'tenants.yaml', catalog)).toThrow(ConfigError);
    expect(() => parseConfig(`${limits}${TENANT}`, 'tenants.yaml', catalog)).toThrow(message);
  });
});
