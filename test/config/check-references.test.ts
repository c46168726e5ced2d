import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import { ConfigError } from '../../src/core/errors.js';
import { parseConfig } from '../../src/config/load-config.js';
import { closestWord, editDistance } from '../../src/config/closest-word.js';

const FILE = 'configs/tenants.yaml';
const catalog = await loadCatalog();

const m365 = (extra = '') => `  - name: contoso\n    provider: m365\n    tenantId: contoso.onmicrosoft.com\n    auth: { type: token, tokenEnv: T }\n${extra}`;
const gws = (extra = '') => `  - name: northwind\n    provider: gws\n    auth: { type: token, tokenEnv: T }\n${extra}`;

function configError(text: string): ConfigError {
  try {
    parseConfig(text, FILE, catalog);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('check ids and prefixes in the config name real checks', () => {
  it('refuses an unknown id in checks.include, suggesting the closest id', () => {
    const error = configError(`tenants:\n${m365('    checks: { include: [m365-ca-mfa-all-user] }\n')}`);
    expect(error.message).toBe(`${FILE}: tenants[0] "contoso": checks.include[0]: no Microsoft 365 check has the id "m365-ca-mfa-all-user"; did you mean "m365-ca-mfa-all-users"?`);
    expect(error.field).toBe('tenants[0].checks.include[0]');
  });

  it('suggests a prefix for a group written without its trailing dash', () => {
    expect(configError(`tenants:\n${m365('    checks: { exclude: [m365-ca] }\n')}`).message).toMatch(/checks\.exclude\[0\]: no Microsoft 365 check has the id "m365-ca"; did you mean "m365-ca-"\?$/);
  });

  it('refuses a prefix that matches none of the tenant provider\'s checks', () => {
    const typo = configError(`tenants:\n${m365('    checks: { include: [m365-cx-] }\n')}`);
    expect(typo.message).toMatch(/"contoso": checks\.include\[0\]: no Microsoft 365 check id starts with "m365-cx-"; did you mean "m365-ca-"\?$/);
    const otherProvider = configError(`tenants:\n${m365('    checks: { exclude: [gws-share-] }\n')}`);
    expect(otherProvider.message).toMatch(/"contoso": checks\.exclude\[0\]: "gws-share-" selects only Google Workspace checks, none of this tenant's \(Microsoft 365\)$/);
  });

  it('checks defaults.checks against every provider (a default may name another provider\'s checks)', () => {
    const fine = parseConfig(`defaults:\n  checks: { exclude: [gws-share-, m365-data-dlp-policies] }\ntenants:\n${m365()}`, FILE, catalog);
    expect(fine.tenants[0]!.checks.exclude).toEqual(['gws-share-', 'm365-data-dlp-policies']);
    const error = configError(`defaults:\n  checks: { exclude: [gws-shar-] }\ntenants:\n${m365()}`);
    expect(error.message).toBe(`${FILE}: defaults.checks.exclude[0]: no check id starts with "gws-shar-"; did you mean "gws-share-"?`);
    expect(error.field).toBe('defaults.checks.exclude[0]');
  });

  it('refuses a waiver naming an unknown check, a prefix, or another provider\'s check', () => {
    const unknown = configError(`tenants:\n${m365('    waivers: [{ check: m365-priv-global-admins-count, reason: merger }]\n')}`);
    expect(unknown.message).toBe(`${FILE}: tenants[0] "contoso": waivers[0].check: no Microsoft 365 check has the id "m365-priv-global-admins-count"; did you mean "m365-priv-global-admin-count"?`);
    expect(unknown.field).toBe('tenants[0].waivers[0].check');
    expect(configError(`tenants:\n${m365('    waivers: [{ check: m365-ca-, reason: all of them }]\n')}`).message).toMatch(/waivers\[0\]\.check: a waiver names one check id, not a prefix \("m365-ca-"\); did you mean/);
    expect(configError(`tenants:\n${gws('    waivers: [{ check: m365-ca-mfa-all-users, reason: wrong tenant }]\n')}`).message).toMatch(
      /"northwind": waivers\[0\]\.check: "m365-ca-mfa-all-users" is a Microsoft 365 check; this tenant is Google Workspace$/,
    );
  });
});

describe('a tenant that would run no check is a config error', () => {
  it('refuses filters that together select nothing, saying where each part came from', () => {
    const error = configError(`defaults:\n  checks: { exclude: [m365-ca-] }\ntenants:\n${m365('    checks: { exclude: [m365-] }\n')}`);
    expect(error.message).toBe(`${FILE}: tenants[0] "contoso": checks: selects no Microsoft 365 check (exclude m365-ca- (from defaults), m365-): nothing would be audited`);
    expect(error.field).toBe('tenants[0].checks');
  });

  it('refuses a default include that leaves another provider\'s tenant with nothing', () => {
    const error = configError(`defaults:\n  checks: { include: [m365-ca-] }\ntenants:\n${m365()}${gws()}`);
    expect(error.message).toMatch(/tenants\[1\] "northwind": checks: selects no Google Workspace check \(include \(from defaults\) m365-ca-\): nothing would be audited$/);
  });
});

describe('closestWord', () => {
  it('measures edits and picks the nearest candidate', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closestWord('m365-ca-mfa-al-users', ['m365-ca-mfa-admins', 'm365-ca-mfa-all-users'])).toBe('m365-ca-mfa-all-users');
    expect(closestWord('x', [])).toBeUndefined();
  });
});
