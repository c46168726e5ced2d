import nock from 'nock';
import { vi } from 'vitest';
import type { CollectLog, ConnectorRuntime } from '../../../src/core/connector.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { salesforceTenantFields } from '../../../src/connectors/salesforce/config.js';

export const BASE = 'https://acme.my.salesforce.com';
export const V = '/services/data/v64.0';

export { strictNock } from '../../support/strict-nock.js';

export function tokenTenant(overrides: Record<string, unknown> = {}) {
  return { name: 'acme', ...salesforceTenantFields.parse({ auth: { type: 'token', tokenEnv: 'SF_TOKEN', instanceUrl: BASE }, ...overrides }) };
}

export function runtime(env: Record<string, string> = { SF_TOKEN: 'test-token' }): ConnectorRuntime & { sleep: ReturnType<typeof vi.fn> } {
  return { configDir: '/tmp', env, sleep: vi.fn(async () => undefined), maxTries: 3, random: () => 1 };
}

export function collectLog(): CollectLog & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, info: (m) => infos.push(m), warn: (m) => warnings.push(m) };
}

export const settings = DEFAULT_TENANT_SETTINGS;

export function records(type: string, rows: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return {
    totalSize: rows.length,
    done: true,
    records: rows.map((r, i) => ({ attributes: { type, url: `${V}/sobjects/${type}/${String(r['Id'] ?? i)}` }, ...r })),
    ...extra,
  };
}

const LIMIT = { 'Sforce-Limit-Info': 'api-usage=120/15000' };

/** Mocks one SOQL query (REST or Tooling) by its exact text. */
export function soql(text: string | RegExp, body: unknown, options: { tooling?: boolean; status?: number; headers?: Record<string, string>; times?: number } = {}) {
  const path = `${V}${options.tooling ? '/tooling' : ''}/query`;
  return nock(BASE)
    .get(path)
    .query((q) => (typeof text === 'string' ? q['q'] === text : text.test(String(q['q']))))
    .times(options.times ?? 1)
    .reply(options.status ?? 200, body as nock.Body, { ...LIMIT, ...options.headers });
}

export function describeObject(object: string, fields: string[], tooling = false) {
  return nock(BASE)
    .get(`${V}${tooling ? '/tooling' : ''}/sobjects/${object}/describe`)
    .reply(200, { name: object, fields: fields.map((name) => ({ name })) }, LIMIT);
}

export const ORG_QUERY = 'SELECT Id, Name, OrganizationType, IsSandbox, InstanceName FROM Organization';
export const ORG_ROW = { Id: '00D000000000001EAA', Name: 'Acme (example)', OrganizationType: 'Enterprise Edition', IsSandbox: false, InstanceName: 'USA100' };

export function organization(headers: Record<string, string> = {}) {
  return soql(ORG_QUERY, records('Organization', [ORG_ROW]), { headers });
}

export function runnerPermissions(granted: string[]) {
  const all = ['ViewSetup', 'ViewAllUsers', 'CustomizeApplication', 'ManageUsers', 'ModifyMetadata', 'ModifyAllData'];
  describeObject('UserPermissionAccess', ['Id', ...all.map((p) => `Permissions${p}`)]);
  const row: Record<string, unknown> = {};
  for (const p of all) row[`Permissions${p}`] = granted.includes(p);
  soql(`SELECT ${all.map((p) => `Permissions${p}`).join(', ')} FROM UserPermissionAccess`, records('UserPermissionAccess', [row]));
}
