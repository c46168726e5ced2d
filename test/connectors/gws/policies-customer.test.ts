import nock from 'nock';
import { describe, expect, it } from 'vitest';
import check from '../../../checks/gws/gws-ca-less-secure-apps-disabled.js';
import { evaluateCheck } from '../../../src/core/evaluate.js';
import type { Snapshot } from '../../../src/core/model.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { strictNock } from '../../support/strict-nock.js';
import { silentLog, tokenConnector } from './gws-token-connector.js';

/**
 * policies.list answers for the subject's own organisation unless `filter` names a customer:
 * `customer == "customers/{customer}"`, with the Admin SDK customer id or `my_customer`; the filter must be the
 * same on every page (https://cloud.google.com/identity/docs/reference/rest/v1/policies/list, `filter`, `pageToken`).
 * `Policy.customer` is "customers/{customerId}" (https://cloud.google.com/identity/docs/reference/rest/v1/policies).
 */
const BASE = 'http://127.0.0.1:7415';
const log = silentLog;

const connector = (customerId?: string) => tokenConnector(BASE, customerId ? { customerId } : {});

const lessSecureApps = (customer: string, orgUnit: string, allow: boolean) => ({
  name: `policies/${orgUnit}-lsa`,
  customer,
  policyQuery: { orgUnit: `orgUnits/${orgUnit}`, sortOrder: 1 },
  setting: { type: 'settings/security.less_secure_apps', value: { allowLessSecureApps: allow } },
  type: 'SYSTEM',
});
const rootOu = (id: string) => ({ kind: 'admin#directory#orgUnits', organizationUnits: [{ name: 'Org', orgUnitPath: '/', orgUnitId: `id:${id}` }] });

strictNock();

describe('gws connector: policies.list is scoped to the configured customer', () => {
  it('sends customer == "customers/<customerId>" as the filter, identically on every page', async () => {
    const seen: Record<string, string>[] = [];
    nock(BASE)
      .get('/v1/policies').query((q) => { seen.push(q as Record<string, string>); return q.pageToken === undefined; })
      .reply(200, { policies: [lessSecureApps('customers/C0target', 'targetroot', false)], nextPageToken: 'p2' })
      .get('/v1/policies').query((q) => { seen.push(q as Record<string, string>); return q.pageToken === 'p2'; })
      .reply(200, {});
    nock(BASE).get('/admin/directory/v1/customer/C0target/orgunits').query(true).reply(200, rootOu('targetroot'));
    const out = await connector('C0target').collect({ sections: ['policies'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.policies?.status).toBe('ok');
    expect(seen[0]).toEqual({ pageSize: '100', filter: 'customer == "customers/C0target"' });
    const { pageToken, ...second } = seen[1]!;
    expect(pageToken).toBe('p2');
    expect(second).toEqual(seen[0]);
  });

  it('sends customers/my_customer when no customer id is configured', async () => {
    const seen: Record<string, string>[] = [];
    nock(BASE).get('/v1/policies').query((q) => { seen.push(q as Record<string, string>); return true; })
      .reply(200, { policies: [lessSecureApps('customers/C0own', 'ownroot', false)] });
    nock(BASE).get('/admin/directory/v1/customer/my_customer/orgunits').query(true).reply(200, rootOu('ownroot'));
    const out = await connector().collect({ sections: ['policies'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.policies?.status).toBe('ok');
    expect(seen[0]).toEqual({ pageSize: '100', filter: 'customer == "customers/my_customer"' });
  });

  it('a policy of another customer is a shape error, so the check is not assessed rather than passing on defaults', async () => {
    nock(BASE).get('/v1/policies').query(true)
      .reply(200, { policies: [lessSecureApps('customers/C0reseller', 'resellerroot', true)] });
    nock(BASE).get('/admin/directory/v1/customer/C0target/orgunits').query(true).optionally().reply(200, rootOu('targetroot'));
    const out = await connector('C0target').collect({ sections: ['policies'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.policies).toMatchObject({ status: 'error', error: { code: 'shape' } });
    expect(out.sections.policies?.status === 'error' && out.sections.policies.error.message).toMatch(/customers\/C0reseller.*customers\/C0target/);
    const snapshot = { schemaVersion: 1, provider: 'gws', tenant: { name: 't1', provider: 'gws' }, collectedAt: '2026-11-01T00:00:00Z', tool: { name: 'x', version: '0' }, sections: { policies: out.sections.policies } } as unknown as Snapshot;
    expect(evaluateCheck(check, snapshot, { now: new Date('2026-11-01T00:00:00Z'), settings: DEFAULT_TENANT_SETTINGS }).status).toBe('not_assessed');
  });

  it('with my_customer, policies of two different customers are a shape error (the answer mixes organisations)', async () => {
    nock(BASE).get('/v1/policies').query(true)
      .reply(200, { policies: [lessSecureApps('customers/C0own', 'ownroot', false), lessSecureApps('customers/C0other', 'otherroot', true)] });
    nock(BASE).get('/admin/directory/v1/customer/my_customer/orgunits').query(true).optionally().reply(200, rootOu('ownroot'));
    const out = await connector().collect({ sections: ['policies'], settings: DEFAULT_TENANT_SETTINGS, log });
    expect(out.sections.policies).toMatchObject({ status: 'error', error: { code: 'shape' } });
  });
});
